// The relations one claim of the left document can have to one claim of the right document: the
// comparison's Relation without the one-sided values (only-left / only-right describe a topic
// row, not a pair). Teaching mode's comparison exercises offer exactly these.
import type { Relation } from './types';

export type PairRelation = Exclude<Relation, 'only-left' | 'only-right'>;

export const PAIR_RELATIONS = ['agree', 'contradict', 'number-changed', 'related'] as const satisfies readonly PairRelation[];

// Compile-time check that the list names every pair relation (a new Relation fails here).
type Missing = Exclude<PairRelation, (typeof PAIR_RELATIONS)[number]>;
const complete: Missing extends never ? true : false = true;
void complete;

export const pairRelationLabels: Record<PairRelation, string> = {
  agree: 'agree',
  contradict: 'contradict',
  'number-changed': 'changed number',
  related: 'related',
};

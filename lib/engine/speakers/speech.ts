// A speech found in a sentence (cue, speaker, why) and the context that resolves pronouns and roles.
import type { Entity } from '../types';
import { resolveRole } from '../entities/aliases';
import { isPersonTitle } from '../entities/gazetteer';
import type { Phrase } from './noun-phrase';
import { entityAt, isPersonPhrase, nameOf } from './speaker-names';

export type Speech = {
  /** Named speaker, or null when the cue has no resolvable speaker. */
  speaker: string | null;
  cue: string;
  /** Token index of the cue. */
  index: number;
  isPerson: boolean;
  reasons: string[];
};

export type SpeakerContext = {
  lastPerson: string | null;
  /** Last organisation or group that spoke or opened a sentence, for "it"/"they"/plural „sie". */
  lastSource?: string | null;
  /** Role word → last person named with it (shared with the entity context). */
  roles: ReadonlyMap<string, string>;
};


// "der Minister" / "the mayor": a bare role means the person last named with it, if any.
const roleOf = (p: Phrase, roles: ReadonlyMap<string, string>): string | null => {
  if (!roles.size || /\s/.test(p.text)) return null;
  const role = p.text.toLowerCase();
  return isPersonTitle(role) ? resolveRole(roles, role) : null;
};

export const speechOf = (entities: Entity[], p: Phrase | null, cue: string, index: number, roles: ReadonlyMap<string, string> = new Map()): Speech => {
  const named = p && !entityAt(entities, p) ? roleOf(p, roles) : null;
  if (named) return { speaker: named, cue, index, isPerson: true, reasons: [`speaker:${named} via role '${p?.text}' and '${cue}'`] };
  const speaker = p ? nameOf(entities, p) : null;
  return { speaker, cue, index, isPerson: p ? isPersonPhrase(entities, p) : false, reasons: [`speaker:${speaker ?? 'unresolved'} via '${cue}'`] };
};

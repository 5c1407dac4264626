import { describe, expect, it } from 'vitest';
import type { ComparisonItemView } from '../../teaching/types.ts';
import { scoreComparison } from './score-comparison.ts';

const documents = [{ id: 'L', text: 'a'.repeat(40) }, { id: 'R', text: 'b'.repeat(40) }];
const item = (id: string, documentId: string, start: number, end: number, stance: ComparisonItemView['stance'] = 'neutral', claimId: string | null = null): ComparisonItemView => ({ id, documentId, claimId, start, end, quote: '', stance });

describe('scoreComparison', () => {
  it('with nothing linked anywhere: links count as perfect (nothing to find, nothing linked), accuracies and alpha undefined', () => {
    const r = scoreComparison({ documents, reference: { items: [], pairs: [] }, students: [{ id: 's', name: 's', work: { items: [], pairs: [] } }] });
    expect(r.students[0].links).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(r.students[0].stance.accuracy).toBeNull();
    expect(r.students[0].relation).toEqual({ compared: 0, correct: 0, accuracy: null, referencePairs: 0 });
    expect(r.agreement.relation.alpha).toBeNull();
  });

  it('offsets of the two documents never match across documents, and items of other documents drop out', () => {
    const reference = { items: [item('r', 'L', 0, 10)], pairs: [] };
    const work = { items: [item('x', 'R', 0, 10), item('y', 'elsewhere', 0, 10)], pairs: [] };
    const [s] = scoreComparison({ documents, reference, students: [{ id: 's', name: 's', work }] }).students;
    expect(s.links).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.items).toBe(1);
  });

  it('a relation is scored only when both items match the two items of a reference pair', () => {
    const reference = { items: [item('rl', 'L', 0, 10), item('rr', 'R', 0, 10)], pairs: [{ id: 'p', leftItemId: 'rl', rightItemId: 'rr', relation: 'contradict' as const }] };
    const work = { items: [item('l', 'L', 2, 8), item('r', 'R', 20, 30)], pairs: [{ id: 'q', leftItemId: 'l', rightItemId: 'r', relation: 'contradict' as const }] };
    const [s] = scoreComparison({ documents, reference, students: [{ id: 's', name: 's', work }] }).students;
    expect(s.links).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(s.relation).toEqual({ compared: 0, correct: 0, accuracy: null, referencePairs: 1 });
  });
});

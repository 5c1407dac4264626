import { krippendorffAlpha, matchSpans, type AlphaResult, type Rating } from '../../engine/agreement/index.ts';
import type { AlphaView, ComparisonItemView, ComparisonStudentResult, ComparisonWork, Ratio } from '../../teaching/types.ts';
import { offsets } from './score-exercise.ts';

// Scores a comparison exercise (pure): each student's items against the teacher's by span
// overlap (a linked claim matches the same claim exactly; an own span matches the reference item
// it shares most characters with, one to one), stance on the matched items, and relation on the
// student's pairs whose two items match the two items of a reference pair. The class agreement
// is Krippendorff's alpha (nominal) on the relation per pair of items and on the stance per item,
// an item being its matched reference item, else its claim (own spans nobody else can name drop out).

export type ComparisonScoringInput = {
  documents: { id: string; text: string }[];
  reference: ComparisonWork;
  students: { id: string; name: string; work: ComparisonWork }[];
};

const ratio = (correct: number, compared: number): Ratio => ({ compared, correct, accuracy: compared ? correct / compared : null });
const alphaView = (field: string, r: AlphaResult): AlphaView => ({ field, alpha: r.alpha, units: r.units, annotators: r.annotators, pairable: r.pairable });

export function scoreComparison(input: ComparisonScoringInput) {
  const base = offsets(input.documents);
  const placed = (items: ComparisonItemView[]) => items.filter((i) => base.has(i.documentId)).map((i) => ({ item: i, start: base.get(i.documentId)! + i.start, end: base.get(i.documentId)! + i.end }));
  const reference = placed(input.reference.items);
  const referencePairs = new Map(input.reference.pairs.map((p) => [`${p.leftItemId}|${p.rightItemId}`, p.relation]));
  const relationRatings: Rating[] = [];
  const stanceRatings: Rating[] = [];

  const students: ComparisonStudentResult[] = input.students.map((s) => {
    const own = placed(s.work.items);
    const match = matchSpans(reference, own, 'overlap');
    const toReference = new Map(match.pairs.map(([r, p]) => [own[p].item.id, reference[r].item]));
    const stanceCorrect = match.pairs.filter(([r, p]) => reference[r].item.stance === own[p].item.stance).length;
    const unitOf = (item: ComparisonItemView) => (toReference.has(item.id) ? `ref:${toReference.get(item.id)!.id}` : item.claimId ? `claim:${item.claimId}` : null);
    const byId = new Map(own.map((o) => [o.item.id, o.item]));
    for (const { item } of own) {
      const unit = unitOf(item);
      if (unit) stanceRatings.push({ unit, annotator: s.id, value: item.stance });
    }
    let compared = 0;
    let correct = 0;
    const seen = new Set<string>();
    for (const pair of s.work.pairs) {
      const [left, right] = [byId.get(pair.leftItemId), byId.get(pair.rightItemId)];
      if (!left || !right) continue;
      const [refLeft, refRight] = [toReference.get(left.id), toReference.get(right.id)];
      const expected = refLeft && refRight ? referencePairs.get(`${refLeft.id}|${refRight.id}`) : undefined;
      if (expected) {
        compared++;
        if (expected === pair.relation) correct++;
      }
      const [ul, ur] = [unitOf(left), unitOf(right)];
      const unit = ul && ur ? `${ul}|${ur}` : null;
      if (unit && !seen.has(unit)) {
        seen.add(unit);
        relationRatings.push({ unit, annotator: s.id, value: pair.relation });
      }
    }
    return {
      id: s.id,
      name: s.name,
      items: own.length,
      pairs: s.work.pairs.length,
      links: { tp: match.tp, fp: match.fp, fn: match.fn, precision: match.precision, recall: match.recall, f1: match.f1 },
      stance: ratio(stanceCorrect, match.pairs.length),
      relation: { ...ratio(correct, compared), referencePairs: referencePairs.size },
    };
  });
  return {
    students,
    agreement: { relation: alphaView('relation', krippendorffAlpha(relationRatings, 'nominal')), stance: alphaView('stance', krippendorffAlpha(stanceRatings, 'nominal')) },
  };
}

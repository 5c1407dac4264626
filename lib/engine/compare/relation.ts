// Relation of two documents on one topic, and the comparison table built from it.
import { nameKey } from './aliases';
import type { ConceptGroup } from './lexicon';
import type { LexicalResources } from '../lexical/resources';
import { numberChangesBetween } from './number-alignment';
import { continuationCue } from './continuations';
import { sharesSubstance } from './who-speaks';
import { scoreClaimPair } from './similarity';
import { detectStance } from './stance';
import { tokenize } from './tokens';
import type {
  ClaimPairScore,
  ClaimWithStance,
  CompareClaim,
  CompareDocument,
  CompareTopic,
  ComparisonRow,
  ExternalScores,
  NumberChange,
  Relation,
  Stance,
  TopicLink,
} from './types';

export type StanceVote = { stance: Stance; confidence?: number; source?: 'auto' | 'human' };

/**
 * The side's dominant stance: stances summed by weight (human links 1, auto links their
 * confidence, default 0.5), neutral counted at half weight; a supports/opposes tie is mixed.
 * Null when there are no votes.
 */
export function dominantStance(votes: StanceVote[]): Stance | null {
  if (votes.length === 0) return null;
  const sums: Record<Stance, number> = { supports: 0, opposes: 0, neutral: 0, mixed: 0 };
  for (const v of votes) {
    const weight = v.source === 'human' ? 1 : v.confidence ?? 0.5;
    sums[v.stance] += v.stance === 'neutral' ? weight / 2 : weight;
  }
  if (sums.supports > 0 && sums.supports === sums.opposes) return 'mixed';
  const order: Stance[] = ['supports', 'opposes', 'mixed', 'neutral'];
  return order.reduce((best, s) => (sums[s] > sums[best] ? s : best), order[0]);
}

/**
 * Precedence: only-left / only-right when a side is empty; number-changed when a change
 * exists; contradict when the dominant stances are supports vs opposes; agree when they are
 * the same non-neutral stance; related otherwise.
 */
export function classifyRelation(left: StanceVote[], right: StanceVote[], change?: NumberChange | null): Relation {
  if (left.length === 0 && right.length === 0) return 'related';
  if (right.length === 0) return 'only-left';
  if (left.length === 0) return 'only-right';
  if (change) return change.delta === 0 ? 'agree' : 'number-changed';
  const l = dominantStance(left);
  const r = dominantStance(right);
  const isFlip = (l === 'supports' && r === 'opposes') || (l === 'opposes' && r === 'supports');
  if (isFlip) return 'contradict';
  if (l === r && l !== 'neutral') return 'agree';
  return 'related';
}

/** Least pair similarity for a row of merely similar claims to assert agreement or contradiction. */
const ASSERT_MIN_SIMILARITY = 0.45;

/**
 * What a row may assert depends on why its topic exists: a number topic asserts its change (or
 * nothing), a flip topic its contradiction; claims grouped for similar wording agree or
 * contradict only when their wording is close. Reviewers' stances always count.
 */
function gateRelation(relation: Relation, kind: CompareTopic['kind'], isAuto: boolean, similarity: number, hasChange: boolean): Relation {
  if (!isAuto || hasChange || (relation !== 'agree' && relation !== 'contradict')) return relation;
  if (kind === 'number') return 'related';
  // Claims paired for their clear stances contradict or agree as their stances say.
  if (kind === 'flip' || kind === 'continuation') return relation;
  return similarity < ASSERT_MIN_SIMILARITY && (kind === 'proposition' || relation === 'agree') ? 'related' : relation;
}

export type ComparisonOptions = { external?: Record<string, ExternalScores>; resources?: LexicalResources };

/** A side's claim with its stance; `cues()` reads the stance cues only when an explanation needs them. */
type SideEntry = ClaimWithStance & { cues: () => string[] };

function withStance(claim: CompareClaim, link: TopicLink, topic: CompareTopic, lexicon: ConceptGroup[], resources?: LexicalResources): SideEntry {
  if (link.source === 'human' && link.stance) {
    const rationale = link.rationale ?? 'set by a reviewer';
    return { claim, stance: link.stance, confidence: 1, source: 'human', rationale, cues: () => [] };
  }
  // Auto links keep their stance and cues; reading them again is costly (every claim of every
  // topic), so it happens only for what the link lacks.
  let read: ReturnType<typeof detectStance> | undefined;
  const detect = () => (read ??= detectStance(claim, topic, lexicon, resources));
  return {
    claim,
    stance: link.stance ?? detect().stance,
    confidence: link.confidence ?? detect().confidence,
    source: link.source,
    rationale: link.rationale ?? detect().rationale,
    cues: () => link.cues ?? detect().cues,
  };
}

function sideOf(doc: CompareDocument, links: TopicLink[], topic: CompareTopic, lexicon: ConceptGroup[], resources?: LexicalResources): SideEntry[] {
  const byClaim = new Map(links.map((l) => [l.claimId, l]));
  return doc.claims.filter((c) => byClaim.has(c.id)).map((c) => withStance(c, byClaim.get(c.id)!, topic, lexicon, resources));
}

const signed = (x: number): string => (x > 0 ? `+${x}` : `${x}`);

function formatNumber(x: number): string {
  return Math.abs(x) >= 1e6 ? `${signed(Math.round(x / 1e5) / 10)} Mio.` : signed(Math.round(x * 100) / 100);
}

/** One-sentence summary of a side's stance with the cue or source behind it. */
function stanceSummary(name: string, side: SideEntry[]): string {
  const dominant = dominantStance(side) ?? 'neutral';
  const evidence = side.filter((e) => e.stance === dominant).sort((a, b) => b.confidence - a.confidence)[0];
  if (!evidence) return `${name} ${dominant}`;
  const cue = evidence.source === 'human' ? 'set by a reviewer' : evidence.cues().slice(0, 2).join(', ') || 'no cue';
  return `${name} ${dominant} (${cue})`;
}

function explainRow(relation: Relation, left: SideEntry[], right: SideEntry[], change?: NumberChange, best?: ClaimPairScore, kind?: CompareTopic['kind']) {
  const stances = `${stanceSummary('left', left)}; ${stanceSummary('right', right)}`;
  const link = best?.explanation.length ? ` Linked by ${best.explanation.slice(0, 2).join('; ')}.` : '';
  switch (relation) {
    case 'number-changed': {
      const c = change!;
      const pct = c.percent === null ? '' : `, ${signed(c.percent)} %`;
      const points = c.unitKind === 'percent' ? ' points' : '';
      const unit = c.from.text.includes(c.unit) ? '' : ` ${c.unit}`;
      return `Number changed for ${c.subject}: ${c.from.text} → ${c.to.text}${unit} (${formatNumber(c.delta)}${points}${pct}). ${stances}.${link}`;
    }
    case 'contradict':
      return `Stance flipped: ${stances}.${link}`;
    case 'agree': {
      const still = kind === 'continuation' ? right.map((e) => continuationCue(e.claim.text)).find(Boolean) : null;
      if (still && !change) return `Still holds: the later side says so ("${still}"). ${stances}.${link}`;
      if (change) return `Unchanged: ${change.subject} ${change.from.text} on both sides (${change.to.text}). ${stances}.${link}`;
      return `Both sides ${dominantStance(left)}: ${stances}.${link}`;
    }
    case 'only-left':
      return `Only the left document addresses this topic: ${stanceSummary('left', left)}.`;
    case 'only-right':
      return `Only the right document addresses this topic: ${stanceSummary('right', right)}.`;
    default:
      return `Related without a stance flip or number change: ${stances}.${link}`;
  }
}

const isWorded = (kind: CompareTopic['kind']) => kind !== 'flip' && kind !== 'continuation' && kind !== 'number';

/** Whether the pair's claims share something beyond who speaks (a pair not among the row's claims counts as sharing). */
function pairSharesSubstance(pair: ClaimPairScore, l: SideEntry[], r: SideEntry[], res?: LexicalResources): boolean {
  const claimOf = (id: string) => [...l, ...r].find((e) => e.claim.id === id)?.claim;
  const [a, b] = [claimOf(pair.leftId), claimOf(pair.rightId)];
  return !a || !b || sharesSubstance(a, b, res);
}

function bestPair(left: SideEntry[], right: SideEntry[], lexicon: ConceptGroup[], opts: ComparisonOptions) {
  let best: ClaimPairScore | undefined;
  for (const l of left) {
    for (const r of right) {
      const key = l.claim.id < r.claim.id ? `${l.claim.id}|${r.claim.id}` : `${r.claim.id}|${l.claim.id}`;
      const pair = scoreClaimPair(l.claim, r.claim, lexicon, opts.external?.[key]);
      if (!best || pair.score > best.score) best = pair;
    }
  }
  return best;
}

/**
 * Changes whose subject the topic label names come first: a sentence with two numbers
 * ("5,000 US troops … 500 NATO troops") sits in two number topics, each about one of them.
 */
function preferNamedInTopic(changes: NumberChange[], topic: CompareTopic, isNumberTopic: boolean): NumberChange[] {
  const named = new Set(tokenize(topic.label).map((t) => nameKey(t.surface)));
  const isNamed = (c: NumberChange) => c.subject.split(/[\s-]+/).some((w) => named.has(nameKey(w)));
  // A proposition topic is about its wording; a number in its claims makes it a number row only when the label names it.
  return [...changes.filter(isNamed), ...(isNumberTopic ? changes.filter((c) => !isNamed(c)) : [])];
}

function buildRow(
  left: CompareDocument,
  right: CompareDocument,
  topic: CompareTopic,
  links: TopicLink[],
  lexicon: ConceptGroup[],
  opts: ComparisonOptions,
): ComparisonRow | null {
  const key = topic.id ?? topic.label;
  const topicLinks = links.filter((l) => l.topicKey === key);
  const l = sideOf(left, topicLinks, topic, lexicon, opts.resources);
  const r = sideOf(right, topicLinks, topic, lexicon, opts.resources);
  if (l.length === 0 && r.length === 0) return null;
  const [lc, rc] = [l.map((e) => e.claim), r.map((e) => e.claim)];
  const strict = numberChangesBetween(lc, rc, { resources: opts.resources, lexicon });
  // A number topic already says its claims measure one thing: failing a strict pairing, pair their closest numbers.
  const changes = strict.length || topic.kind !== 'number' ? strict : numberChangesBetween(lc, rc, { resources: opts.resources, lexicon, trusted: true });
  const isNumberTopic = [...l, ...r].every((e) => e.claim.quantities.length > 0);
  const [change, ...more] = preferNamedInTopic(changes, topic, isNumberTopic);
  const best = bestPair(l, r, lexicon, opts);
  const classified = classifyRelation(l, r, change);
  // Two claims that merely share a topic and a tone do not agree: agreement needs the same wording.
  const isAuto = [...l, ...r].every((e) => e.source === 'auto');
  const gated = gateRelation(classified, topic.kind, isAuto, best?.score ?? 0, !!change);
  // Claims grouped for their wording agree or contradict about something both name, not about who speaks.
  const relation = isAuto && !change && isWorded(topic.kind) && (gated === 'agree' || gated === 'contradict') && best && !pairSharesSubstance(best, l, r, opts.resources) ? 'related' : gated;
  const others = more.map((c) => `${c.subject}: ${c.from.text} → ${c.to.text}`);
  const also = others.length ? ` Also changed: ${others.join('; ')}.` : '';
  const oneSided = [...l, ...r].reduce((s, e) => s + e.confidence, 0) / (l.length + r.length) / 2;
  const strip = (e: SideEntry): ClaimWithStance => ({ claim: e.claim, stance: e.stance, confidence: e.confidence, source: e.source, rationale: e.rationale });
  return {
    topic: { ...(topic.id ? { id: topic.id } : {}), label: topic.label },
    relation,
    left: l.map(strip),
    right: r.map(strip),
    ...(change ? { change } : {}),
    score: Math.round((best?.score ?? oneSided) * 100) / 100,
    explanation: explainRow(relation, l, r, change, best, topic.kind) + (change ? also : ''),
  };
}

/**
 * The comparison table of two documents (pass them ordered by date, left = earlier): one row
 * per topic that has a linked claim in either document, sorted by score. Links refer to
 * topics by id, or by label when the topic has no id. Human links keep their stance; auto
 * links without a stored stance get detectStance.
 */
export function buildComparison(
  left: CompareDocument,
  right: CompareDocument,
  topics: CompareTopic[],
  links: TopicLink[],
  lexicon: ConceptGroup[],
  opts: ComparisonOptions = {},
): ComparisonRow[] {
  return topics
    .map((topic) => buildRow(left, right, topic, links, lexicon, opts))
    .filter((row): row is ComparisonRow => row !== null)
    .sort((a, b) => b.score - a.score);
}

/** The two documents ordered by publication date (undated ones keep their order). */
export function orderByDate<T extends { published?: string }>(a: T, b: T): [T, T] {
  return a.published && b.published && b.published < a.published ? [b, a] : [a, b];
}

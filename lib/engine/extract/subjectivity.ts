// Subjectivity: a claim is subjective when it judges, states an opinion or a wish, or asks for
// something, rather than describing. The cues are the evaluative ones (judgement words, value
// nouns, intensified predicates, emphatic style) plus opinion frames and obligations.
import type { Feature } from './check-features';

export type Subjectivity = { subjective: boolean; cues: string[] };

const MAX_CUES = 6;
// "The bridge needs repairs" states a need as a fact; "we need to …" (a phrase cue) appeals.
const FACTUAL_NEEDS = new Set(['need', 'needs']);

/**
 * Subjective when a cue of the author's own judgement is found. A claim reported with a named
 * speaker is a neutral report of someone's opinion (CheckThat! guidelines), not the author's.
 */
export const findSubjectivity = (evaluativeCues: string[], features: Feature[], polarCues: string[] = [], reported = false): Subjectivity => {
  if (reported) return { subjective: false, cues: [] };
  const cues = [...evaluativeCues];
  for (const c of polarCues) if (!cues.includes(c)) cues.push(c);
  for (const f of features) {
    if (f.name !== 'opinion' && f.name !== 'obligation') continue;
    if (!cues.includes(f.cue) && !FACTUAL_NEEDS.has(f.cue.toLowerCase())) cues.push(f.cue);
  }
  return { subjective: cues.length > 0, cues: cues.slice(0, MAX_CUES) };
};

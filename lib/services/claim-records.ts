import type { Claim as EngineClaim, Qualifier as EngineQualifier } from '../engine/types.ts';
import type { ClaimInput } from '../db/queries/claim-inserts.ts';
import type { Qualifier } from '../generated/prisma/enums.ts';

// Maps engine output to rows. The engine speaks "up-to"; the database enum's client name is up_to.
const qualifierToDb: Record<EngineQualifier, Qualifier> = {
  about: 'about',
  over: 'over',
  under: 'under',
  'up-to': 'up_to',
  'at-least': 'at_least',
  exact: 'exact',
  few: 'few',
};

export function claimCreateInput(claim: EngineClaim): ClaimInput {
  return {
    text: claim.text,
    start: claim.start,
    end: claim.end,
    prefix: claim.prefix,
    suffix: claim.suffix,
    kind: claim.kind,
    voice: claim.voice,
    speaker: claim.speaker,
    cue: claim.cue,
    hedged: claim.hedged,
    hedgeCue: claim.hedgeCue,
    negated: claim.negated,
    negationCue: claim.negationCue,
    checkworthiness: claim.checkworthiness,
    subjective: claim.subjective,
    subjectiveCues: claim.subjectiveCues,
    reason: claim.reason,
    entities: claim.entities.map((e) => ({ text: e.text, type: e.type, canonical: e.canonical })),
    origin: 'auto',
    status: 'suggested',
    quantities: claim.quantities.map((q) => ({
      value: q.value,
      low: q.low ?? null,
      high: q.high ?? null,
      unit: q.unit,
      qualifier: qualifierToDb[q.qualifier],
      subject: q.subject,
      text: q.text,
      start: q.start,
      end: q.end,
    })),
  };
}

export function qualifierFromDb(q: Qualifier): EngineQualifier {
  return q === 'up_to' ? 'up-to' : q === 'at_least' ? 'at-least' : q;
}

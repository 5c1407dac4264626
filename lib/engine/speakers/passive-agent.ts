// Passive speech verbs: „Der Plan wurde von der Ministerin kritisiert", "The offer was rejected by
// the union": no speaking subject, but the agent after von/durch/seitens or "by" is the source.
import type { Token } from '../extract/tokens';
import type { Entity, Lang } from '../types';
import { DE_CLAIM_PARTICIPLES } from './claim-verbs';
import { CLAUSE_BOUNDARY } from './clause-structure';
import { phraseAfter, type Phrase } from './noun-phrase';
import { isSource } from './source-cues';
import { documentAuthor } from './speaker-names';

const EN_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got']);
// English participles that report only in the passive with a clause ("was found to", "is called").
const EN_PASSIVE_SENSITIVE = new Set(['blamed', 'called', 'found', 'noted', 'estimated']);
const EN_PARTICIPLE = /^\p{Ll}{3,}(?:ed|en|wn)$/u;
const DE_PASSIVE_AUX = new Set(['wird', 'wurde', 'werden', 'wurden', 'worden']);
const DE_AGENT = new Set(['von', 'vom', 'durch', 'seitens']);
// „wird … ablehnen" is a future, not a passive: an infinitive unless the form is a known participle.
const DE_INFINITIVE = /^\p{Ll}+(?:en|ern|eln)$/u;
const isDeParticiple = (w: string): boolean => !DE_INFINITIVE.test(w) || DE_CLAIM_PARTICIPLES.has(w) || /^\p{Ll}*ge\p{Ll}+en$/u.test(w);
const MAX_EN_GAP = 3;

/** Whether the speech verb at i is a passive participle (its clause has werden / be before it). */
export const isPassive = (tokens: Token[], i: number, lang: Lang): boolean => {
  if (lang === 'en') {
    if (EN_PASSIVE_SENSITIVE.has(tokens[i].lower) && EN_BE.has(tokens[i - 1]?.lower ?? '')) return true;
    if (!EN_PARTICIPLE.test(tokens[i].lower)) return false;
    for (let j = i - 1; j >= Math.max(0, i - MAX_EN_GAP); j--) {
      if (EN_BE.has(tokens[j].lower)) return true;
      if (!/^\p{Ll}+ly$/u.test(tokens[j].text) && tokens[j].lower !== 'not') return false;
    }
    return false;
  }
  if (!isDeParticiple(tokens[i].lower)) return false;
  // Perfect passive: „ist von der DLRG heftig kritisiert worden" (the auxiliary follows).
  if (tokens[i + 1]?.lower === 'worden') return true;
  for (let j = i - 1; j >= 0 && !CLAUSE_BOUNDARY.test(tokens[j].text); j--) if (DE_PASSIVE_AUX.has(tokens[j].lower)) return true;
  return false;
};

/** The source named as the agent of a passive speech verb in its clause, or null. */
export const passiveAgent = (src: string, tokens: Token[], i: number, entities: Entity[], lang: Lang): Phrase | null => {
  // German: the agent stands in the midfield before the participle, or after it in an extraposed
  // „…, einmal von X"; English: "by X" right after the participle (adverbs between).
  const from = lang === 'de' ? (() => { let j = i - 1; while (j > 0 && !CLAUSE_BOUNDARY.test(tokens[j - 1].text)) j--; return j; })() : i + 1;
  const to = lang === 'de' ? Math.min(tokens.length, i + 6) : Math.min(tokens.length, i + 4);
  for (let j = from; j < to; j++) {
    const w = tokens[j].lower;
    if (tokens[j].inQuote) continue;
    // „Im Antrag der Grünen wird … gefordert": the author of the document the passive speaks in.
    const inDocument = lang === 'de' && (w === 'im' || w === 'in') ? phraseAfter(src, tokens, j, lang) : null;
    if (inDocument && documentAuthor(inDocument.text)) return inDocument;
    if (!(lang === 'de' ? DE_AGENT.has(w) : w === 'by')) continue;
    const agent = trimEnglish(phraseAfter(src, tokens, j, lang), lang);
    if (agent && isSource(agent, entities)) return agent;
  }
  return null;
};

// "by the firefighters' union at Monday's council meeting": the agent ends before a place or time.
const EN_AFTER_AGENT = / (?:at|on|in|during|after|before|last|this|over|from)\b.*$/u;
const trimEnglish = (p: Phrase | null, lang: Lang): Phrase | null => {
  if (!p || lang !== 'en') return p;
  const text = p.text.replace(EN_AFTER_AGENT, '');
  return { ...p, text, end: p.start + text.length };
};

// „Kritik kam von der Gewerkschaft", „Zustimmung kommt aus dem Rathaus": a speech noun before a
// verb of coming, then the source. English: "Criticism came from the union".
const SPEECH_NOUNS = new Set(['kritik', 'lob', 'zustimmung', 'widerspruch', 'protest', 'proteste', 'unterstützung', 'ablehnung', 'warnungen', 'forderungen', 'criticism', 'praise', 'support', 'opposition', 'warnings', 'calls']);
const COME = new Set(['kam', 'kamen', 'kommt', 'kommen', 'came', 'comes']);
const FROM = new Set(['von', 'vom', 'aus', 'from']);
const MAX_NOUN_DISTANCE = 4;
export const speechNounSource = (src: string, tokens: Token[], i: number, entities: Entity[], lang: Lang): Phrase | null => {
  if (!COME.has(tokens[i].lower) || tokens[i].inQuote) return null;
  const noun = tokens.slice(Math.max(0, i - MAX_NOUN_DISTANCE), i).some((t) => SPEECH_NOUNS.has(t.lower));
  let j = i + 1;
  while (j < tokens.length && j <= i + 2 && !FROM.has(tokens[j].lower)) j++;
  if (!noun || !FROM.has(tokens[j]?.lower ?? '')) return null;
  const source = phraseAfter(src, tokens, j, lang);
  return source && isSource(source, entities) ? source : null;
};

// Attribution phrases rather than speech verbs: „laut X“, „nach Angaben des X“, „X zufolge“,
// „heißt es in …“, "according to X", "per X", „nach Polizeiangaben“, a document after „nach“.
import type { Entity, Lang } from '../types';
import { findPhrase, type Token } from '../extract/tokens';
import { ATTRIBUTION_AFTER, ATTRIBUTION_BEFORE, SELF_ATTRIBUTION } from './cues';
import { capitalRun, phraseAfter, phraseBefore, toPhrase, type Phrase } from './noun-phrase';
import { findPerSource } from './source-cues';
import { baseForm, documentAuthor } from './speaker-names';
import { speechOf, type Speech } from './speech';

// "nach Polizeiangaben" → Polizei.
const compoundSource = (tokens: Token[]): Speech | null => {
  const i = tokens.findIndex((t, k) => t.lower === 'nach' && k + 1 < tokens.length && /^\p{Lu}\p{Ll}+angaben$/u.test(tokens[k + 1].text));
  if (i < 0 || tokens[i].inQuote) return null;
  const t = tokens[i + 1];
  const head = t.text.slice(0, -'angaben'.length);
  return { speaker: head, cue: `${tokens[i].text} ${t.text}`, index: i, isPerson: false, reasons: [`speaker:${head} via '${tokens[i].text} ${t.text}'`] };
};

// First words of all attribution phrases: a sentence without any of them has no attribution.
const ATTRIBUTION_STARTS: Record<Lang, Set<string>> = {
  de: new Set([...SELF_ATTRIBUTION.de, ...ATTRIBUTION_BEFORE.de].map((p) => p[0]).concat(ATTRIBUTION_AFTER.de)),
  en: new Set([...SELF_ATTRIBUTION.en, ...ATTRIBUTION_BEFORE.en].map((p) => p[0]).concat(ATTRIBUTION_AFTER.en)),
};

const perAttribution = (src: string, tokens: Token[], entities: Entity[]): Speech | null => {
  const per = findPerSource(src, tokens);
  return per ? speechOf(entities, per.phrase, tokens[per.index].text, per.index) : null;
};

const DE_ADJECTIVE_FORM = /^\p{Ll}+(?:e|en|er|em|es)$/u;
const findWithAdjective = (tokens: Token[], phrase: string[]): number => {
  if (phrase[0] !== 'nach' || phrase.length < 2) return -1;
  for (let k = 0; k + phrase.length < tokens.length; k++) {
    if (tokens[k].lower !== 'nach' || !DE_ADJECTIVE_FORM.test(tokens[k + 1].text)) continue;
    if (phrase.slice(1).every((w, n) => tokens[k + 2 + n]?.lower === w)) return k;
  }
  return -1;
};

// „nach Angaben des Deutschen Wetterdienstes" → Deutschen Wetterdienst: the genitive noun in its base form.
const genitiveBase = (p: Phrase | null, before: string): Phrase | null => {
  if (!p || before !== 'des') return p;
  const words = p.text.split(' ');
  return { ...p, text: [...words.slice(0, -1), baseForm(words[words.length - 1])].join(' ') };
};

// „Nach einem Gutachten der Beratungsfirma X wäre …": a document and its author after „nach", when
// nothing else in the sentence attributes it.
export const documentAfterNach = (src: string, tokens: Token[]): Speech | null => {
  const i = tokens.findIndex((t) => t.lower === 'nach' && !t.inQuote);
  const p = i >= 0 ? phraseAfter(src, tokens, i, 'de') : null;
  const author = p ? documentAuthor(p.text) : null;
  return author ? { speaker: author, cue: `${tokens[i].text} ${p?.text.split(' ')[0] ?? ''}`.trim(), index: i, isPerson: false, reasons: [`speaker:${author} via document '${p?.text}'`] } : null;
};

const documentBefore = (src: string, tokens: Token[], i: number): Phrase | null => {
  for (let k = 0; k < i; k++) {
    if (tokens[k].inQuote || !/^\p{Lu}/u.test(tokens[k].text)) continue;
    const run = capitalRun(tokens, k).filter((t) => t.end <= tokens[i].start);
    const phrase = run.length ? toPhrase(src, run) : null;
    if (phrase && documentAuthor(phrase.text)) return phrase;
  }
  return null;
};

const NOT_SOURCE = new Set(['wurde', 'wird', 'werden', 'wurden', 'ist', 'sind', 'war', 'waren', 'geworden', 'und', 'oder', 'genug', 'sein', 'gewesen']);
const startsSource = (t: Token | undefined): boolean => !!t && t.isWord && !NOT_SOURCE.has(t.lower);

export const findAttribution = (src: string, tokens: Token[], entities: Entity[], lang: Lang): Speech | null => {
  if (!tokens.some((t) => ATTRIBUTION_STARTS[lang].has(t.lower))) return lang === 'en' ? perAttribution(src, tokens, entities) : null;
  for (const phrase of SELF_ATTRIBUTION[lang]) {
    const i = findPhrase(tokens, phrase);
    if (i < 0 || tokens[i].inQuote) continue;
    const cue = src.slice(tokens[i].start, tokens[i + phrase.length - 1].end);
    return speechOf(entities, i > 0 ? phraseBefore(src, tokens, i, lang) ?? phraseBefore(src, tokens, i - 1, lang) : null, cue, i);
  }
  for (const phrase of ATTRIBUTION_BEFORE[lang]) {
    const found = findPhrase(tokens, phrase);
    // „nach ersten Erkenntnissen der Ermittler": an adjective may stand after „nach".
    const adjective = found < 0 ? findWithAdjective(tokens, phrase) : -1;
    const i = found >= 0 ? found : adjective;
    if (i < 0 || tokens[i].inQuote) continue;
    // "laut" is also an adjective ("die Kritik wurde laut"): the source must follow it.
    if (phrase.length === 1 && phrase[0] === 'laut' && !startsSource(tokens[i + 1])) continue;
    const last = i + phrase.length - 1 + (found >= 0 ? 0 : 1);
    const cue = src.slice(tokens[i].start, tokens[last].end);
    const after = genitiveBase(phraseAfter(src, tokens, last, lang), tokens[last].lower);
    // „In einer Erklärung der Regierung heißt es, …": the document named before „heißt es".
    const document = !after && phrase[1] === 'es' ? documentBefore(src, tokens, i) : null;
    return speechOf(entities, after ?? document, cue, i);
  }
  for (const word of ATTRIBUTION_AFTER[lang]) {
    const i = tokens.findIndex((t) => t.lower === word && !t.inQuote);
    if (i < 0) continue;
    return speechOf(entities, phraseBefore(src, tokens, i, lang), tokens[i].text, i);
  }
  return lang === 'en' ? perAttribution(src, tokens, entities) : compoundSource(tokens);
};

// Named entities from capitalisation. German capitalises every noun, so single capitalised words
// only count with extra evidence: acronym, gazetteer, title before it, or a known alias.
import type { Entity, EntityType, Lang } from '../types';
import type { Token } from '../extract/tokens';
import { FIRST_NAMES, isOrgWord, isPersonTitle, NAME_CONNECTORS, NON_NAMES, NOT_ACRONYMS, PLACES } from './gazetteer';
import { type EntityContext, registerAcronym, registerRole, resolveEntity } from './aliases';

const CAP_RE = /^(?:\p{Lu}|(?:al|el)-\p{Lu})/u;
/** Starts with a capital ("al-"/"el-" prefixes allowed); ASCII decided without the regex. */
const CAP = {
  test: (word: string): boolean => {
    const c = word.charCodeAt(0);
    if (c >= 65 && c <= 90) return true;
    if (c < 128 && c !== 97 && c !== 101) return false;
    return CAP_RE.test(word);
  },
};
const ACRONYM = /^(?:\p{Lu}[\p{Lu}0-9&]{1,6}|(?:\p{Lu}\.){1,3}\p{Lu}?)$/u;
const NOUN_SUFFIX = /(?:ung|heit|keit|schaft|tion|tät|ismus|nis|ment|ei|ik|chen|ling|er|en|e)$/;
const ADJ_ENDING = /(?:e|en|er|es|em)$/;
const ACRONYM_DEF = /^\s*\((\p{Lu}[\p{Lu}0-9&-]{1,9})\)/u;

type Group = { tokens: Token[]; titled: boolean; title: string | null };

/** "NATO-Truppen" → "NATO"; the word itself when it has no hyphen. */
const beforeHyphen = (word: string): string => {
  const k = word.indexOf('-');
  return k < 0 ? word : word.slice(0, k);
};

// An acronym's second character is a capital, a digit, "&" or "." — never a lowercase ASCII
// letter, which rules out most capitalised words before the regex runs.
export const isAcronym = (word: string): boolean => {
  const second = word.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  return ACRONYM.test(word) && !NOT_ACRONYMS.has(word);
};
const isPlace = (lower: string): boolean => PLACES.has(lower) || (lower.endsWith('s') && PLACES.has(lower.slice(0, -1)));

const joinedBySpace = (text: string, a: Token, b: Token): boolean => {
  if (b.start <= a.end) return false;
  for (let k = a.end; k < b.start; k++) if (text[k] !== ' ' && text[k] !== '\t') return false;
  return true;
};

// Consecutive capitalised words (with name connectors) form one candidate group.
const collectGroups = (text: string, tokens: Token[]): Group[] => {
  const groups: Group[] = [];
  let current: Group | null = null;
  let titled = false;
  let title: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const cap = CAP.test(t.text);
    // Lowercase words only matter as name connectors ("von", "de") or to end a group.
    if (!cap && !(current && NAME_CONNECTORS.has(t.text))) {
      current = null;
      titled = false;
      continue;
    }
    const prev = tokens[i - 1];
    const adjacent = prev !== undefined && joinedBySpace(text, prev, t);
    if (cap && isPersonTitle(t.lower)) {
      current = null;
      titled = true;
      title = t.lower;
      continue;
    }
    const isCap = cap && (!t.text.includes('-', 1) || isAcronym(beforeHyphen(t.text)));
    const connector = NAME_CONNECTORS.has(t.text) && current !== null && CAP.test(tokens[i + 1]?.text ?? '');
    if ((isCap || connector) && current && adjacent) current.tokens.push(t);
    else if (isCap) groups.push((current = { tokens: [t], titled: titled && adjacent, title: titled && adjacent ? title : null }));
    else current = null;
    if (!isCap) titled = false;
  }
  return groups;
};

const isNameLike = (t: Token): boolean => !NOUN_SUFFIX.test(t.lower) || FIRST_NAMES.has(t.lower);

// "Hanna Peters ist …": two or three name-like capitalised words opening a sentence are a name.
// English has no capitalised common nouns, so the German noun-suffix test does not apply there.
const isOpeningName = (toks: Token[], lang: Lang): boolean =>
  toks.length >= 2 && toks.length <= 3 &&
  toks.every((t) => (lang === 'en' || isNameLike(t)) && !isOrgWord(t.lower) && !isPlace(t.lower) && !NON_NAMES.has(t.lower) && /^\p{Lu}\p{Ll}+$/u.test(t.text));

const trimGroup = (g: Group, sentenceFirst: Token | undefined, known: ReadonlyMap<string, unknown>, lang: Lang): Token[] => {
  const toks = [...g.tokens];
  while (toks.length && NON_NAMES.has(toks[0].lower)) toks.shift();
  const head = toks[0];
  // Only the sentence's first word needs evidence that its capital is a name's.
  const keep = () => FIRST_NAMES.has(head.lower) || isAcronym(beforeHyphen(head.text)) || isPlace(head.lower) || known.has(head.lower) || isOpeningName(toks, lang);
  if (head && head === sentenceFirst && !keep()) toks.shift();
  while (toks.length && NAME_CONNECTORS.has(toks[toks.length - 1].text)) toks.pop();
  return toks;
};

const acceptGroup = (toks: Token[], g: Group, lang: Lang, ctx: EntityContext): boolean => {
  const first = toks[0];
  if (toks.length === 1) {
    const w = beforeHyphen(first.text);
    const lower = w === first.text ? first.lower : w.toLowerCase();
    if (isAcronym(w) || isPlace(lower) || ctx.aliases.has(lower) || g.titled) return true;
    return lang === 'en' && !NON_NAMES.has(first.lower) && !first.text.includes('-');
  }
  if (lang === 'en' || g.titled || toks.some((t) => isAcronym(t.text)) || FIRST_NAMES.has(first.lower)) return true;
  if (ADJ_ENDING.test(first.lower) && isOrgWord(toks[toks.length - 1].lower)) return true;
  return toks.every(isNameLike);
};

const classify = (toks: Token[], g: Group): EntityType => {
  const lowers = toks.map((t) => t.lower);
  if (lowers.every((l) => isPlace(l))) return 'place';
  if (g.titled || FIRST_NAMES.has(lowers[0])) return 'person';
  if (lowers.some(isOrgWord) || toks.some((t) => isAcronym(t.text))) return 'organization';
  return 'other';
};

// "NATO-Truppen" mentions NATO: keep only the acronym or place before the hyphen.
const compoundHead = (t: Token): Token | null => {
  const head = beforeHyphen(t.text);
  if (!t.text.includes('-') || !(isAcronym(head) || isPlace(head.toLowerCase()))) return null;
  return { ...t, text: head, lower: head.toLowerCase(), end: t.start + head.length };
};

/** Words back from an apposition's comma within which its role noun may stand ("Die Präsidentin der Handwerkskammer Dresden, Beate Frenzel,"). */
const APPOSITION_REACH = 6;

/**
 * A name set off by commas after a noun phrase headed by a role („Die Präsidentin der
 * Handwerkskammer Dresden, Beate Frenzel, …", "the head of the county's planning office, Ruth
 * Alder, said"): the role titles the name, however long the organisation between them.
 */
const appositionTitle = (text: string, words: Token[], g: Group): string | null => {
  const toks = g.tokens;
  if (g.titled || toks.length < 2 || toks.length > 3 || !toks.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))) return null;
  const first = words.indexOf(toks[0]);
  const last = toks[toks.length - 1];
  if (first < 1 || !/,\s*$/.test(text.slice(words[first - 1].end, toks[0].start)) || !/^\s*[,.;:)]/.test(text.slice(last.end, last.end + 3))) return null;
  for (let k = first - 1; k >= Math.max(0, first - APPOSITION_REACH); k--) {
    const w = words[k];
    // The role noun and the name belong to one sentence and one phrase: no clause break between.
    if (/[.;:!?]/.test(text.slice(w.end, words[k + 1].start))) return null;
    if (/^\p{Lu}/u.test(w.text) && isPersonTitle(w.lower)) return w.lower;
  }
  return null;
};

export const findEntities = (text: string, tokens: Token[], lang: Lang, ctx: EntityContext): Entity[] => {
  const words = tokens.filter((t) => t.isWord);
  const out: Entity[] = [];
  for (const group of collectGroups(text, words)) {
    const apposed = appositionTitle(text, words, group);
    const g = apposed ? { ...group, titled: true, title: apposed } : group;
    let toks = trimGroup(g, words[0], ctx.aliases, lang);
    if (toks.length === 1) toks = [compoundHead(toks[0]) ?? toks[0]];
    if (!toks.length || !acceptGroup(toks, g, lang, ctx)) continue;
    const first = toks[0];
    const last = toks[toks.length - 1];
    const surface = text.slice(first.start, last.end);
    const entity = resolveEntity(ctx, { text: surface, start: first.start, end: last.end, type: classify(toks, g), canonical: surface });
    out.push(entity);
    if (g.title && entity.type === 'person') registerRole(ctx, g.title, entity.canonical);
    const def = ACRONYM_DEF.exec(text.slice(last.end, last.end + 14));
    if (def) registerAcronym(ctx, def[1], entity);
  }
  return out;
};

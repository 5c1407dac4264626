// Polar words from the polarity lexicons (VADER for English, derived German scores), for
// stance cues beyond the hand-listed phrases. A German separable verb is read with its
// clause-final particle ("lehnen … ab" → "ablehnen").
import type { Lang } from '../types';
import type { Token } from '../compare/tokens';
import type { LexicalResources } from './resources';

export type PolarWord = { index: number; pole: 1 | -1; weight: number; surface: string };

/** Least |polarity| for a word to count as a cue; its weight is the polarity plus a base, so one clear word decides. */
const MIN_POLARITY = 0.3;
const WEIGHT_BASE = 0.3;

/** Separable verb particles (grammar, not vocabulary). */
const PARTICLES = new Set(['ab', 'an', 'auf', 'aus', 'ein', 'mit', 'vor', 'zu', 'zuruck', 'fest', 'hervor', 'heraus', 'dar', 'um']);

function particleAt(tokens: Token[], text: string, i: number): string | null {
  const next = tokens[i + 1];
  const t = tokens[i];
  const gap = text.slice(t.start + t.surface.length, next ? next.start : text.length);
  return PARTICLES.has(t.lower) && (!next || /[.,;:!?]/.test(gap)) ? t.lower : null;
}

/** "zu"/"too" before an adjective says "more than is right": an excess, negative whatever the adjective. */
const EXCESS = new Set(['zu', 'too', 'allzu']);

/** "viel zu knapp", "too expensive", "zu wenig": the adjective after an excess word (never an infinitive "zu bauen"). */
export function excessWords(tokens: Token[], lang: Lang, taken: Set<number>): PolarWord[] {
  const out: PolarWord[] = [];
  for (const t of tokens) {
    const next = tokens[t.index + 1];
    if (!EXCESS.has(t.lower) || !next || taken.has(next.index) || !/^\p{Ll}/u.test(next.surface)) continue;
    // German infinitives after "zu" end in -en/-ern/-eln ("zu bauen", "zu ändern"); "zu wenig", "zu knapp" do not.
    if (lang === 'de' && t.lower === 'zu' && /(en|ern|eln)$/.test(next.lower) && !/^(wenigen?|eng|klein|gering)$/.test(next.lower)) continue;
    out.push({ index: next.index, pole: -1, weight: 1, surface: `${t.surface} ${next.surface}` });
  }
  return out;
}

/** Polar words among the free tokens (not already read as a cue or modifier). */
export function polarWords(tokens: Token[], text: string, lang: Lang, res: LexicalResources, taken: Set<number>): PolarWord[] {
  const out: PolarWord[] = [];
  const particles = lang === 'de' ? tokens.map((_, i) => particleAt(tokens, text, i)) : [];
  for (const t of tokens) {
    if (taken.has(t.index) || t.isStopword || t.lower.length < 3 || /^\d/.test(t.lower)) continue;
    // Names are not evaluations ("Unite", "Frau Gut"): English capitals past the first word, any all-caps word.
    if ((lang === 'en' && t.index > 0 && /^\p{Lu}/u.test(t.surface)) || /^\p{Lu}{2,}$/u.test(t.surface)) continue;
    // A capitalised first word with a relative clause is a name too ("Unite, which backed …").
    if (lang === 'en' && /^\p{Lu}/u.test(t.surface) && /^,\s*(which|who|whose)\b/i.test(text.slice(t.start + t.surface.length))) continue;
    let p = res.polarityOf(lang, t.surface);
    let surface = t.surface;
    if (lang === 'de' && /^\p{Ll}/u.test(t.surface)) {
      // The nearest particle ending this clause completes the verb.
      const particle = particles.slice(t.index + 1).find((x, j) => x && tokens.slice(t.index + 1, t.index + 1 + j).every((u) => !/[.;:!?]/.test(text.slice(u.start, u.start + u.surface.length + 1))));
      // "lehnt … ab" → "ablehnt", "ablehnen": the verb as written and as an infinitive.
      const forms = particle ? [`${particle}${t.lower}`, `${particle}${t.lower.replace(/(tet|ten|te|est|et|st|en|e|t)$/, '')}en`] : [];
      const withParticle = forms.map((f) => res.polarityOf(lang, f)).find((x) => x !== 0) ?? 0;
      if (withParticle !== 0) [p, surface] = [withParticle, `${t.surface} … ${particle}`];
    }
    if (Math.abs(p) < MIN_POLARITY) continue;
    out.push({ index: t.index, pole: p > 0 ? 1 : -1, weight: Math.min(1, WEIGHT_BASE + Math.abs(p)), surface });
  }
  return out;
}

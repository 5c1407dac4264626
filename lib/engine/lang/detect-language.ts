// Language detection: tinyld for longer text, a stopword vote for short or unsure text.
import { detect } from 'tinyld';
import type { Lang } from '../types';

const DE_STOP = new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'mit', 'von', 'den', 'dem', 'zu', 'auf', 'für', 'sich', 'auch', 'es', 'im', 'sind', 'wir', 'ich', 'dass', 'hat', 'wird', 'sie', 'er']);
const EN_STOP = new Set(['the', 'and', 'is', 'not', 'a', 'an', 'with', 'of', 'to', 'on', 'for', 'it', 'in', 'are', 'we', 'i', 'that', 'has', 'will', 'he', 'she', 'was', 'this', 'be', 'have']);
const SAMPLE_CHARS = 4000;
const WORD = /[\p{L}']+/gu;

const voteByStopwords = (text: string): Lang | null => {
  let de = 0;
  let en = 0;
  for (const m of text.slice(0, SAMPLE_CHARS).matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (DE_STOP.has(w)) de++;
    if (EN_STOP.has(w)) en++;
  }
  if (/[äöüß]/i.test(text.slice(0, SAMPLE_CHARS))) de++;
  return de === en ? null : de > en ? 'de' : 'en';
};

export const detectLanguage = (text: string): Lang => {
  const sample = text.slice(0, SAMPLE_CHARS);
  const byStopwords = voteByStopwords(sample);
  if (sample.trim().length < 40) return byStopwords ?? 'en';
  const guess = detect(sample, { only: ['de', 'en'] });
  if (guess === 'de' || guess === 'en') return guess;
  return byStopwords ?? 'en';
};

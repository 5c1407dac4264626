// Stance of common ways reporting states support or opposition, read with the shipped lexicons.
// The sentences are written for this test (no evaluation set), one per phrasing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICON, detectStance } from '../engine/compare/index.ts';
import { getLexicalResources, LEXICON_INDEX, lexiconDir } from './load.ts';

const hasIndex = (() => {
  try {
    return fs.existsSync(path.join(lexiconDir(), LEXICON_INDEX));
  } catch {
    return false;
  }
})();

const CASES: ['supports' | 'opposes', 'de' | 'en', string][] = [
  ['opposes', 'de', 'Der Gemeinderat hält den Neubau inzwischen für einen Fehler.'],
  ['supports', 'de', 'Der Gemeinderat hält den Neubau für richtig.'],
  ['opposes', 'de', 'Die Händler lehnen die Parkregelung ab.'],
  ['opposes', 'de', 'Die Händler sind gegen die Parkregelung.'],
  ['supports', 'de', 'Die Eltern sind mit dem Angebot zufrieden.'],
  ['opposes', 'de', 'Die Förderung reicht nicht aus, sagte die Ministerin.'],
  ['supports', 'de', 'Das Konzept hat sich bewährt.'],
  ['opposes', 'de', 'Die Anlage fällt ständig aus.'],
  ['opposes', 'de', 'Die Personaldecke ist viel zu knapp.'],
  ['supports', 'de', 'Der Bürgermeister verteidigt die Entscheidung.'],
  ['opposes', 'de', 'Die Qualität hat sich deutlich verschlechtert.'],
  ['opposes', 'en', 'The council no longer supports the plan.'],
  ['opposes', 'en', 'The union has turned against the deal.'],
  ['supports', 'en', 'Experts called the system reliable.'],
  ['opposes', 'en', 'The mayor now calls the scheme reckless.'],
  ['opposes', 'en', 'Residents who once backed the scheme are now overwhelmingly opposed to it.'],
  ['supports', 'en', 'The minister defended the decision.'],
  ['opposes', 'en', 'The funding is far too little, the minister said.'],
];

describe.skipIf(!hasIndex)('stance of common phrasings (shipped lexicons)', () => {
  it.each(CASES)('%s: [%s] %s', (stance, lang, text) => {
    expect(detectStance({ text, lang }, { label: '', concepts: [] }, DEFAULT_LEXICON, getLexicalResources()).stance).toBe(stance);
  });
});

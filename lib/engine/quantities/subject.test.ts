import { describe, expect, it } from 'vitest';
import type { Lang } from '../types';
import { extractQuantities } from './index';

// [lang, sentence, quantity text, unit, subject]
const cases: Array<[Lang, string, string, string | null, string | null]> = [
  ['de', 'Im Land sind 500 NATO-Truppen stationiert.', '500 NATO-Truppen', 'NATO-Truppen', 'NATO'],
  ['de', 'Derzeit sind 2.500 US-Soldaten vor Ort.', '2.500 US-Soldaten', 'US-Soldaten', 'US'],
  ['de', 'Es bleiben 2.500 Soldaten der USA im Land.', '2.500 Soldaten', 'Soldaten', 'USA'],
  ['de', 'Die Ausbildung übernehmen 300 Soldaten der Bundeswehr.', '300 Soldaten', 'Soldaten', 'Bundeswehr'],
  ['de', 'Es kamen 200 Helfer aus Frankreich.', '200 Helfer', 'Helfer', 'Frankreich'],
  ['de', 'Berlin schickt 500 weitere Soldaten.', '500 weitere Soldaten', 'Soldaten', null],
  ['de', 'Paris entsendet 400 französische Soldaten.', '400 französische Soldaten', 'Soldaten', 'Frankreich'],
  ['de', 'Die amerikanische Präsenz von über 5.000 Soldaten endet.', 'über 5.000 Soldaten', 'Soldaten', 'USA'],
  ['de', 'Der Anteil erneuerbarer Energien liegt bei 46 %.', '46 %', '%', 'erneuerbarer Energien'],
  ['de', 'Die Zahl der Toten stieg auf 87.', '87', null, 'Toten'],
  ['de', 'Laut Umfrage wollen 38 Prozent der Befragten wechseln.', '38 Prozent', 'Prozent', 'Befragten'],
  ['de', 'Die Nato hat 300 Nato-Berater entsandt.', '300 Nato-Berater', 'Nato-Berater', 'NATO'],
  ['de', 'Im Stadtrat sitzen 12 Grünen-Politiker.', '12 Grünen-Politiker', 'Grünen-Politiker', 'Grünen'],
  ['en', 'Washington keeps 500 US troops in the country.', '500 US troops', 'US troops', 'US'],
  ['en', 'The alliance deployed 300 NATO advisers.', '300 NATO advisers', 'NATO advisers', 'NATO'],
  ['en', 'London sent 250 British soldiers.', '250 British soldiers', 'soldiers', 'UK'],
  ['en', 'The share of renewables is 46 %.', '46 %', '%', 'renewables'],
  ['en', 'About 40 percent of eligible voters stayed home.', 'About 40 percent', 'percent', 'eligible voters'],
  ['en', 'Officials counted 120 members of the Bundeswehr.', '120 members', 'members', 'Bundeswehr'],
  ['en', 'The clinic hired 30 nurses from India.', '30 nurses', 'nurses', 'India'],
  ['en', 'The German presence of 1,200 soldiers ends.', '1,200 soldiers', 'soldiers', 'Germany'],
  ['en', 'The number of applicants rose to 900.', '900', null, 'applicants'],
  ['en', 'Our club now has 350 members.', '350 members', 'members', null],
];

describe('unit and subject', () => {
  it.each(cases)('[%s] %s', (lang, sentence, text, unit, subject) => {
    const got = extractQuantities(sentence, 0, sentence.length, lang);
    expect(got.map((q) => q.text)).toEqual([text]);
    expect(got[0]).toMatchObject({ unit, subject });
  });
});

import { describe, expect, it } from 'vitest';
import type { Lang } from '../types';
import { extractQuantities } from './index';

// Sentences whose numbers are not quantities (or only the listed ones are).
const cases: Array<[Lang, string, string[]]> = [
  ['de', 'Seit 2018 ist die Mission im Irak aktiv.', []],
  ['de', 'Im Jahr 2023 änderte sich die Lage.', []],
  ['de', '2019 war ein schwieriges Jahr für die Branche.', []],
  ['de', 'Am 3. Oktober feiern wir die Einheit.', []],
  ['de', 'Die Sitzung fand am 15.10.2023 statt.', []],
  ['de', 'Der Termin ist am 2023-10-15 um 14:30 Uhr.', []],
  ['de', 'Der Zug fährt um 9 Uhr ab.', []],
  ['de', 'Die G7 trafen sich in Elmau.', []],
  ['de', 'Während COVID-19 blieben die Schulen zu.', []],
  ['de', 'Die Luftwaffe kauft F-35 Kampfjets.', []],
  ['de', 'Die Truppen im Irak3 wurden verlegt.', []],
  ['de', 'Es blieben 300 Soldaten.12 Danach zog man ab.', ['300 Soldaten']],
  ['de', 'Die Koalition landete auf dem 3. Platz.', []],
  ['de', 'Sie ist die 2. größte Stadt.', []],
  ['de', 'Siehe Abschnitt 4.2 und Kapitel 7.', []],
  ['de', 'Nach § 5 ist das verboten.', []],
  ['de', 'Die Partei wurde in den 1990er Jahren gegründet.', []],
  ['de', 'Rufen Sie +49 30 1234567 an.', []],
  ['de', 'Das Update auf Version 2.3.1 kam spät.', []],
  ['de', 'Das Spiel endete 3:1 für die Gäste.', []],
  ['de', 'Die erste und dritte Runde fielen aus.', []],
  ['de', 'Sie lebt seit 1500 Jahren.', ['1500 Jahren']],
  ['de', 'Im Mai 2023 kamen 2000 Soldaten.', ['2000 Soldaten']],
  ['de', 'Es waren genau 500.', ['genau 500']],
  ['en', 'Since 2018 the mission has grown.', []],
  ['en', 'In 2021 the company went public.', []],
  ['en', 'The vote took place on October 3, 2023.', []],
  ['en', 'The report was filed on 2023-10-15.', []],
  ['en', 'She finished 1st and he came 3rd.', []],
  ['en', 'The third attempt failed.', []],
  ['en', 'See section 4.1 and chapter 2.', []],
  ['en', 'The G20 summit and the Boeing 737 fleet.', []],
  ['en', 'He arrives at 10:45 tomorrow.', []],
  ['en', 'The 1990s were different.', []],
  ['en', 'One of them left early.', []],
  ['en', 'In 2000 cases the court ruled quickly.', ['2000 cases']],
  ['en', 'A footnote follows this claim.3 Then more text.', []],
];

describe('numbers that are not quantities', () => {
  it.each(cases)('[%s] %s', (lang, sentence, expected) => {
    const got = extractQuantities(sentence, 0, sentence.length, lang).map((q) => q.text);
    expect(got).toEqual(expected);
  });

  it('returns [] quickly for spans without digits or number words', () => {
    expect(extractQuantities('Die Regierung hat heute beraten.', 0, 32, 'de')).toEqual([]);
  });

  it('only looks inside [start, end)', () => {
    const doc = '500 Soldaten. Dann 20 Panzer. Und 7 Schiffe.';
    const got = extractQuantities(doc, 14, 29, 'de');
    expect(got).toEqual([expect.objectContaining({ text: '20 Panzer', start: 19, end: 28, value: 20 })]);
  });
});

import { describe, expect, it } from 'vitest';
import type { DateMention, Lang } from '../types';
import { extractDates } from './index';

type Case = [Lang, string, Array<Pick<DateMention, 'text' | 'value' | 'precision'>>];

const day = (text: string, value: string) => ({ text, value, precision: 'day' as const });
const month = (text: string, value: string) => ({ text, value, precision: 'month' as const });
const year = (text: string, value: string) => ({ text, value, precision: 'year' as const });

const cases: Case[] = [
  ['de', 'Am 3. Oktober 2023 trat das Gesetz in Kraft.', [day('3. Oktober 2023', '2023-10-03')]],
  ['de', 'Die Wahl fand am 15.10.2023 statt.', [day('15.10.2023', '2023-10-15')]],
  ['de', 'Der Vertrag vom 1.2.23 gilt weiter.', [day('1.2.23', '2023-02-01')]],
  ['de', 'Der Stichtag ist 2023-10-15.', [day('2023-10-15', '2023-10-15')]],
  ['de', 'Am 9. Nov. feiert die Stadt.', [day('9. Nov.', 'XXXX-11-09')]],
  ['de', 'Im Januar beginnt die Saison.', [month('Januar', 'XXXX-01')]],
  ['de', 'Mitte Oktober 2023 kam es zu Protesten.', [month('Mitte Oktober 2023', '2023-10')]],
  ['de', 'Die Preise stiegen im März 2022 stark.', [month('März 2022', '2022-03')]],
  ['de', 'Seit 2018 läuft die Mission.', [year('2018', '2018')]],
  ['de', 'Im Sommer 2023 war es heiß.', [year('Sommer 2023', '2023')]],
  ['de', 'Bis Ende 2025 soll alles fertig sein.', [year('Ende 2025', '2025')]],
  ['de', 'Zwischen 2010 und 2015 sank die Zahl.', [year('2010', '2010'), year('2015', '2015')]],
  ['de', 'Die Jahre 2010–2015 waren ruhig.', [year('2010', '2010'), year('2015', '2015')]],
  ['de', '2019 war ein Rekordjahr.', [year('2019', '2019')]],
  ['de', 'Es kamen 2000 Soldaten.', []],
  ['de', 'Das Haus steht seit 1500 Jahren.', []],
  ['de', 'Am Mittwoch tagt der Ausschuss.', []],
  ['de', 'August Bebel gründete die Partei.', []],
  ['de', 'Die Kosten: 2.019 Euro.', []],
  ['en', 'On October 3, 2023 the law took effect.', [day('October 3, 2023', '2023-10-03')]],
  ['en', 'The match is on 3 October 2023.', [day('3 October 2023', '2023-10-03')]],
  ['en', 'We met on the 3rd of October.', [day('3rd of October', 'XXXX-10-03')]],
  ['en', 'Payment is due on Oct. 5th.', [day('Oct. 5th', 'XXXX-10-05')]],
  ['en', 'The form dated 10/15/2023 was lost.', [day('10/15/2023', '2023-10-15')]],
  ['en', 'In 2021 the plant closed.', [year('2021', '2021')]],
  ['en', 'Since March prices have doubled.', [month('March', 'XXXX-03')]],
  ['en', 'Sales peaked in May 2023.', [month('May 2023', '2023-05')]],
  ['en', 'By mid-October 2023 the talks stalled.', [month('mid-October 2023', '2023-10')]],
  ['en', 'In the summer of 2019 it flooded.', [year('summer of 2019', '2019')]],
  ['en', 'Growth slowed in late 2022.', [year('late 2022', '2022')]],
  ['en', 'You may march on Wednesday.', []],
  ['en', 'They hired 2000 workers.', []],
  ['en', 'The study (2019) found no effect.', [year('2019', '2019')]],
];

describe('extractDates', () => {
  it.each(cases)('[%s] %s', (lang, sentence, expected) => {
    const doc = `Intro. ${sentence} Outro.`;
    const got = extractDates(doc, 7, 7 + sentence.length, lang);
    expect(got.map(({ text, value, precision }) => ({ text, value, precision }))).toEqual(expected);
    for (const d of got) expect(doc.slice(d.start, d.end)).toBe(d.text);
  });

  it('returns [] for spans without digits or capitals', () => {
    expect(extractDates('nichts hier', 0, 11, 'de')).toEqual([]);
  });
});

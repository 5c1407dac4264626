import { describe, expect, it } from 'vitest';
import type { Lang, Quantity } from '../types';
import { extractQuantities } from './index';

type Expected = Partial<Quantity> & { text: string };
type Case = [Lang, string, Expected[]];

function run(lang: Lang, sentence: string): Quantity[] {
  // Embed in a larger document to prove offsets are absolute.
  const doc = `Vorspann. ${sentence} Nachspann.`;
  const start = 10;
  const qs = extractQuantities(doc, start, start + sentence.length, lang);
  for (const q of qs) expect(doc.slice(q.start, q.end)).toBe(q.text);
  return qs;
}

function check(cases: Case[]): void {
  it.each(cases)('[%s] %s', (lang, sentence, expected) => {
    const got = run(lang, sentence);
    expect(got.map((q) => q.text)).toEqual(expected.map((e) => e.text));
    got.forEach((q, k) => expect(q).toMatchObject(expected[k]));
  });
}

describe('German notation, scales, currency and percent', () => {
  check([
    ['de', 'Der Bund stellt 5.000 Euro bereit.', [{ text: '5.000 Euro', value: 5000, unit: 'Euro', qualifier: 'exact' }]],
    ['de', 'Die Inflation lag bei 1,5 Prozent.', [{ text: '1,5 Prozent', value: 1.5, unit: 'Prozent' }]],
    ['de', 'Der Umsatz betrug 1.234.567,89 Euro.', [{ text: '1.234.567,89 Euro', value: 1234567.89 }]],
    ['de', 'Das Land erhält 1,5 Mio. Euro Soforthilfe.', [{ text: '1,5 Mio. Euro', value: 1_500_000, unit: 'Euro' }]],
    ['de', 'Der Konzern verlor 3 Milliarden Euro.', [{ text: '3 Milliarden Euro', value: 3e9, unit: 'Euro' }]],
    ['de', 'Die Stadt plant 2,3 Mrd. Euro für Schulen ein.', [{ text: '2,3 Mrd. Euro', value: 2.3e9 }]],
    ['de', 'Der Verein hat 12 Tsd. Mitglieder.', [{ text: '12 Tsd. Mitglieder', value: 12000, unit: 'Mitglieder' }]],
    ['de', 'Die Arbeitslosenquote stieg um 12 %.', [{ text: '12 %', value: 12, unit: '%' }]],
    ['de', 'Die SPD verlor 12% der Stimmen.', [{ text: '12%', value: 12, unit: '%', subject: 'Stimmen' }]],
    ['de', 'Die Union legte um 2,5 Prozentpunkte zu.', [{ text: '2,5 Prozentpunkte', value: 2.5, unit: 'Prozentpunkte' }]],
    ['de', 'Das Paket kostet 2.500 US-Dollar.', [{ text: '2.500 US-Dollar', value: 2500, unit: 'US-Dollar', subject: null }]],
    ['de', 'Die Aktie fiel um -3,5 Prozent.', [{ text: '-3,5 Prozent', value: -3.5 }]],
    ['de', 'Der Ölpreis liegt bei 80 $ je Barrel.', [{ text: '80 $', value: 80, unit: '$' }]],
    ['de', 'Das Budget steigt auf EUR 4,2 Mio.', [{ text: 'EUR 4,2 Mio.', value: 4_200_000, unit: 'EUR' }]],
    ['de', 'Eine Wohnung kostet 2.5 Mio. Euro.', [{ text: '2.5 Mio. Euro', value: 2_500_000 }]],
    ['de', 'Die Temperatur stieg auf 38 °C an.', [{ text: '38 °C', value: 38, unit: '°C' }]],
    ['de', 'Die Strecke misst 42 km.', [{ text: '42 km', value: 42, unit: 'km' }]],
    // A lone-letter unit after a scale word or a space.
    ['de', 'Die Gütermenge ging auf 3,2 Mio. t zurück.', [{ text: '3,2 Mio. t', value: 3_200_000, unit: 't' }]],
    ['de', 'Der Tank fasst 5 l Wasser.', [{ text: '5 l', value: 5, unit: 'l' }]],
  ]);
});

describe('English notation, scales, currency and percent', () => {
  check([
    ['en', 'The council approved 5,000 new homes.', [{ text: '5,000 new homes', value: 5000, unit: 'homes' }]],
    ['en', 'Inflation eased to 2.5 percent in the spring.', [{ text: '2.5 percent', value: 2.5, unit: 'percent' }]],
    ['en', 'In German style 2.500 is read differently.', [{ text: '2.500', value: 2.5 }]],
    ['en', 'The startup raised $3.2 billion from investors.', [{ text: '$3.2 billion', value: 3.2e9, unit: '$' }]],
    ['en', 'The club paid £45m for the striker.', [{ text: '£45m', value: 45e6, unit: '£' }]],
    ['en', 'Revenue hit $12bn last quarter.', [{ text: '$12bn', value: 12e9 }]],
    ['en', 'The post got 10k likes within an hour.', [{ text: '10k likes', value: 10000, unit: 'likes' }]],
    ['en', 'About 5m people watched the final.', [{ text: 'About 5m people', value: 5e6, qualifier: 'about', unit: 'people' }]],
    ['en', 'She won the 400m in record time.', [{ text: '400m', value: 400, unit: 'm' }]],
    ['en', 'Turnout rose by 3 per cent.', [{ text: '3 per cent', value: 3, unit: 'per cent' }]],
    ['en', 'Costs are USD 7 million higher.', [{ text: 'USD 7 million', value: 7e6, unit: 'USD' }]],
    ['en', 'Prices fell 0.4 percentage points.', [{ text: '0.4 percentage points', value: 0.4 }]],
    ['en', 'The firm paid 20 dollars per share.', [{ text: '20 dollars', value: 20, unit: 'dollars' }]],
    ['en', 'Unemployment is at 4%.', [{ text: '4%', value: 4, unit: '%' }]],
  ]);
});

describe('number words', () => {
  check([
    ['de', 'Es kamen zweitausend Demonstranten.', [{ text: 'zweitausend Demonstranten', value: 2000, unit: 'Demonstranten' }]],
    ['de', 'Die Firma baut dreihundert Stellen ab.', [{ text: 'dreihundert Stellen', value: 300 }]],
    ['de', 'Wir haben zwei Dutzend Eier gekauft.', [{ text: 'zwei Dutzend Eier', value: 24, unit: 'Eier' }]],
    ['de', 'Er lief fünfundzwanzig Runden.', [{ text: 'fünfundzwanzig Runden', value: 25 }]],
    ['de', 'Die Partei hat zwölf Abgeordnete.', [{ text: 'zwölf Abgeordnete', value: 12 }]],
    ['de', 'Sieben Zwerge lebten hinter den Bergen.', [{ text: 'Sieben Zwerge', value: 7 }]],
    ['de', 'Die Region erhält eine halbe Million Euro.', [{ text: 'eine halbe Million Euro', value: 500_000 }]],
    ['de', 'Ein Soldat wurde verletzt.', []],
    ['de', 'Die Elf gewann das Spiel.', []],
    ['en', 'Two thousand volunteers signed up.', [{ text: 'Two thousand volunteers', value: 2000 }]],
    ['en', 'We need twenty-five chairs.', [{ text: 'twenty-five chairs', value: 25, unit: 'chairs' }]],
    ['en', 'The bakery sold a dozen cakes.', [{ text: 'a dozen cakes', value: 12 }]],
    ['en', 'Nearly three hundred and fifty fans travelled.', [{ text: 'Nearly three hundred and fifty fans', value: 350, qualifier: 'under' }]],
    ['en', 'The fund lost half a million dollars.', [{ text: 'half a million dollars', value: 500_000, unit: 'dollars' }]],
    ['en', 'One of the players was injured.', []],
  ]);
});

describe('vague multiples', () => {
  check([
    ['de', 'Ein paar hundert Fans warteten.', [{ text: 'Ein paar hundert Fans', value: 300, low: 200, high: 900, qualifier: 'few' }]],
    ['de', 'Einige tausend Menschen protestierten.', [{ text: 'Einige tausend Menschen', value: 3000, low: 2000, high: 9000 }]],
    ['de', 'Hunderttausende Menschen flohen.', [{ text: 'Hunderttausende Menschen', value: 300_000, low: 200_000, high: 999_999, qualifier: 'few' }]],
    ['de', 'Tausende Bauern blockierten die Straßen.', [{ text: 'Tausende Bauern', value: 3000, low: 2000, high: 9999, unit: 'Bauern' }]],
    ['de', 'Dutzende Häuser brannten.', [{ text: 'Dutzende Häuser', value: 36, low: 24, high: 119 }]],
    ['de', 'Zehntausende von Menschen kamen.', [{ text: 'Zehntausende von Menschen', value: 30_000, unit: 'Menschen' }]],
    ['de', 'Es geht um Millionen Euro.', [{ text: 'Millionen Euro', value: 3e6, qualifier: 'few', unit: 'Euro' }]],
    ['en', 'A few hundred residents attended.', [{ text: 'A few hundred residents', value: 300, low: 200, high: 900, qualifier: 'few' }]],
    ['en', 'Several thousand jobs are at risk.', [{ text: 'Several thousand jobs', value: 3000, low: 2000, high: 9000 }]],
    ['en', 'Hundreds of thousands of people marched.', [{ text: 'Hundreds of thousands of people', value: 300_000, low: 200_000, high: 999_999, unit: 'people' }]],
    ['en', 'Thousands of fans sang along.', [{ text: 'Thousands of fans', value: 3000, unit: 'fans', qualifier: 'few' }]],
    ['en', 'Dozens of flights were cancelled.', [{ text: 'Dozens of flights', value: 36, unit: 'flights' }]],
    ['en', 'Tens of thousands lost power.', [{ text: 'Tens of thousands', value: 30_000, low: 20_000, high: 99_999 }]],
  ]);
});

describe('ranges', () => {
  check([
    ['de', 'Es kamen 500 bis 600 Gäste.', [{ text: '500 bis 600 Gäste', value: 550, low: 500, high: 600, qualifier: 'about', unit: 'Gäste' }]],
    ['de', 'Geplant sind 500–600 Wohnungen.', [{ text: '500–600 Wohnungen', value: 550, low: 500, high: 600 }]],
    ['de', 'Zwischen 500 und 600 Berater sollen bleiben.', [{ text: 'Zwischen 500 und 600 Berater', value: 550, unit: 'Berater' }]],
    ['de', 'Das kostet 2 bis 3 Millionen Euro.', [{ text: '2 bis 3 Millionen Euro', value: 2.5e6, low: 2e6, high: 3e6 }]],
    ['de', 'Der Preis stieg von 5 auf 7 Euro.', [{ text: '5', value: 5 }, { text: '7 Euro', value: 7 }]],
    ['en', 'Between 500 and 600 troops remain.', [{ text: 'Between 500 and 600 troops', value: 550, low: 500, high: 600 }]],
    ['en', 'Expect 3 to 4 percent growth.', [{ text: '3 to 4 percent', value: 3.5, low: 3, high: 4 }]],
    ['en', 'The plan costs $2-3 billion.', [{ text: '$2-3 billion', value: 2.5e9, low: 2e9, high: 3e9, unit: '$' }]],
    ['en', 'Liverpool won 2-1 at home.', []],
  ]);
});

describe('qualifiers', () => {
  check([
    ['de', 'Etwa 500 Menschen demonstrierten.', [{ text: 'Etwa 500 Menschen', qualifier: 'about' }]],
    ['de', 'Rund 5.000 Soldaten sind stationiert.', [{ text: 'Rund 5.000 Soldaten', qualifier: 'about', value: 5000 }]],
    ['de', 'Es gab ca. 300 Anfragen.', [{ text: 'ca. 300 Anfragen', qualifier: 'about' }]],
    ['de', 'Über 5.000 Soldaten sind im Einsatz.', [{ text: 'Über 5.000 Soldaten', qualifier: 'over' }]],
    ['de', 'Mehr als 40 Prozent stimmten zu.', [{ text: 'Mehr als 40 Prozent', qualifier: 'over' }]],
    ['de', 'Gut 200 Gäste waren da.', [{ text: 'Gut 200 Gäste', qualifier: 'over' }]],
    ['de', 'Knapp 30 Prozent gingen wählen.', [{ text: 'Knapp 30 Prozent', qualifier: 'under' }]],
    ['de', 'Weniger als 100 Plätze sind frei.', [{ text: 'Weniger als 100 Plätze', qualifier: 'under' }]],
    ['de', 'Bis zu einer Million Menschen sind betroffen.', [{ text: 'Bis zu einer Million Menschen', value: 1e6, qualifier: 'up-to' }]],
    ['de', 'Mindestens 12 Menschen starben.', [{ text: 'Mindestens 12 Menschen', qualifier: 'at-least' }]],
    ['de', 'Wenigstens drei Züge fielen aus.', [{ text: 'Wenigstens drei Züge', value: 3, qualifier: 'at-least' }]],
    ['en', 'Approximately 400 households lost water.', [{ text: 'Approximately 400 households', qualifier: 'about' }]],
    ['en', 'Some 500 US troops remain.', [{ text: 'Some 500 US troops', qualifier: 'about', unit: 'US troops', subject: 'US' }]],
    ['en', 'More than 2,000 runners finished.', [{ text: 'More than 2,000 runners', qualifier: 'over', value: 2000 }]],
    ['en', 'Upwards of 300 firms applied.', [{ text: 'Upwards of 300 firms', qualifier: 'over' }]],
    ['en', 'Fewer than 50 seats are left.', [{ text: 'Fewer than 50 seats', qualifier: 'under' }]],
    ['en', 'Nearly 40 percent voted.', [{ text: 'Nearly 40 percent', qualifier: 'under' }]],
    ['en', 'Up to 80 flights were cancelled.', [{ text: 'Up to 80 flights', qualifier: 'up-to' }]],
    ['en', 'At least 12 people died.', [{ text: 'At least 12 people', qualifier: 'at-least', unit: 'people' }]],
  ]);
});

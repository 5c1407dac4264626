import { describe, expect, it } from 'vitest';
import type { Lang, Quantity } from '../types';
import { extractQuantities } from './index';

const run = (lang: Lang, text: string): Array<Pick<Quantity, 'text' | 'value' | 'qualifier' | 'unit'>> =>
  extractQuantities(text, 0, text.length, lang).map(({ text: t, value, qualifier, unit }) => ({ text: t, value, qualifier, unit }));

describe('compound units', () => {
  it('keeps per-units whole', () => {
    expect(run('de', 'Auf der Brücke gilt Tempo 30 km/h.')[0]).toMatchObject({ value: 30, unit: 'km/h' });
    expect(run('en', 'Gusts reached 28 m/s on the ridge.')[0]).toMatchObject({ value: 28, unit: 'm/s' });
    expect(run('de', 'Der Tarif kostet 32 Cent/kWh.')[0]).toMatchObject({ value: 32, unit: 'Cent/kWh' });
    expect(run('de', 'Das Ticket kostet künftig 49 €/Monat.')[0]).toMatchObject({ value: 49, unit: '€/Monat' });
    expect(run('en', 'The panels produce 400 kWh a month.')[0]).toMatchObject({ value: 400, unit: 'kWh' });
  });

  it('keeps "cubic" and "square" with their length, after a scale word too', () => {
    expect(run('en', 'The basin will hold 1.8 million cubic metres of water.')[0]).toMatchObject({ value: 1800000, unit: 'cubic metres' });
    expect(run('en', 'The reserve covers 3 square miles.')[0]).toMatchObject({ value: 3, unit: 'square miles' });
  });

  it('keeps English noun modifiers in the counted unit', () => {
    expect(run('en', 'The county installed 60 charging stations last year.')[0]).toMatchObject({ value: 60, unit: 'charging stations' });
    expect(run('en', 'Officers issued 1,200 parking tickets in May.')[0]).toMatchObject({ value: 1200, unit: 'parking tickets' });
    expect(run('en', 'The council approved 5,000 new homes.')[0]).toMatchObject({ unit: 'homes' });
    expect(run('en', 'She scored 3 goals quickly and left.')[0]).toMatchObject({ unit: 'goals' });
  });
});

describe('number words', () => {
  it('reads hyphenated number-unit words', () => {
    expect(run('en', 'The union called a five-day strike.')[0]).toMatchObject({ text: 'five-day', value: 5, unit: 'day' });
    expect(run('en', 'It was a one-off payment.')).toEqual([]);
  });

  it('reads fractions of a unit and „-einhalb"', () => {
    expect(run('en', 'Mortgage rates fell by a quarter of a percentage point.')[0]).toMatchObject({ value: 0.25, unit: 'percentage point' });
    expect(run('en', 'A third of a million people signed.')[0]).toMatchObject({ value: 1e6 / 3 });
    expect(run('en', 'A quarter of a century has passed.')).toEqual([]);
    expect(run('de', 'Dreieinhalb Stunden stand der Zug still.')[0]).toMatchObject({ value: 3.5, unit: 'Stunden' });
    expect(run('de', 'Die Zinsen sinken um einen halben Prozentpunkt.')[0]).toMatchObject({ value: 0.5, unit: 'Prozentpunkt' });
  });
});

describe('"over"/„über" as a preposition', () => {
  it('reads a period after an amount or a route as exact', () => {
    expect(run('en', 'The levy raises £2bn over four years.')[1]).toMatchObject({ text: 'four years', qualifier: 'exact' });
    expect(run('de', 'Der Radweg verläuft über 12 Kilometer am Fluss.')[0]).toMatchObject({ text: '12 Kilometer', qualifier: 'exact' });
    expect(run('de', 'Die Hilfen werden über drei Jahre verteilt.')[0]).toMatchObject({ qualifier: 'exact' });
  });

  it('keeps "over"/„über" as more-than elsewhere', () => {
    expect(run('de', 'Über 3.000 Menschen kamen zum Fest.')[0]).toMatchObject({ qualifier: 'over' });
    expect(run('en', 'The family has lived there for over twenty years.')[0]).toMatchObject({ qualifier: 'over' });
    expect(run('en', 'Over 400 flights were cancelled.')[0]).toMatchObject({ qualifier: 'over' });
  });
});

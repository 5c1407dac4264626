// Check-worthiness features and text-level flags, on invented sentences.
import { describe, expect, it } from 'vitest';
import { analyzeText, extractClaims } from '../index';

const first = (t: string, lang: 'de' | 'en') => extractClaims(t, { lang }).claims[0];
const features = (t: string, lang: 'de' | 'en') =>
  first(t, lang).reason.filter((r) => r.startsWith('checkworthiness:')).map((r) => r.replace(/^checkworthiness:[+-][\d.]+ /, ''));
const isCheckworthy = (t: string, lang: 'de' | 'en') => analyzeText(t, { lang }).checkworthy;

describe('check-worthiness features', () => {
  it('lists each fired feature with its weight and cue', () => {
    const c = first('Unemployment in Ohio fell to 4.1 percent last year, lower than in 2019.', 'en');
    expect(c.reason).toContain('checkworthiness:+0.20 number (4.1 percent)');
    expect(c.reason).toContain('checkworthiness:+0.10 statistic (4.1 percent)');
    expect(features('Unemployment in Ohio fell to 4.1 percent last year, lower than in 2019.', 'en')).toEqual(
      expect.arrayContaining(['entity (Ohio)', 'comparative (lower … than)', 'past (fell)', 'change (fell)']),
    );
    expect(c.checkworthiness).toBeGreaterThanOrEqual(0.5);
  });

  it('counts durations as time spans, not statistics', () => {
    const f = features('The mill on the river ran for four years without a break.', 'en');
    expect(f).toEqual(expect.arrayContaining(['number (four years)', 'time (years)']));
    expect(f.some((x) => x.startsWith('statistic'))).toBe(false);
    expect(features('Die Sanierung kostete die Stadt 2,4 Millionen Euro.', 'de')).toContain('statistic (2,4 Millionen Euro)');
  });

  it('finds comparisons, changes, causes and time in German', () => {
    const f = features('Die Mieten in Leipzig sind seit 2015 stärker gestiegen als die Löhne, weil kaum gebaut wurde.', 'de');
    expect(f).toEqual(expect.arrayContaining(['comparative (stärker … als)', 'change (gestiegen)', 'causal (weil)']));
  });

  it('finds superlatives that rank things, not "best" or "latest"', () => {
    expect(features('Our county now has the second highest jobless rate in the state.', 'en')).toContain('superlative (highest)');
    expect(features('Hamburg hat den größten Hafen des Landes und die längsten Kaianlagen.', 'de')).toContain('superlative (größten)');
    expect(features('The latest figures were published by the ministry on Monday.', 'en').some((f) => f.startsWith('superlative'))).toBe(false);
  });

  it('finds existence statements, cited sources and attribution', () => {
    expect(features('Es gibt in der Gemeinde keine einzige Apotheke mehr.', 'de')).toContain('existence (es gibt)');
    expect(features('According to a new survey, most farmers in the region switched to drip irrigation.', 'en')).toEqual(
      expect.arrayContaining(['source (according to)']),
    );
    expect(features('Laut einer Studie der Universität Kiel schlafen Jugendliche im Schnitt weniger.', 'de')).toEqual(
      expect.arrayContaining(['source (laut)']),
    );
  });

  it('lowers opinions, appeals, wishes and address', () => {
    expect(features('I think we should be much kinder to each other in this town.', 'en')).toEqual(
      expect.arrayContaining(['opinion (i think)', 'first-person (I)', 'obligation (should)']),
    );
    expect(features('Ihr solltet euch endlich mal um eure eigenen Probleme kümmern.', 'de')).toEqual(
      expect.arrayContaining(['second-person (euch)', 'obligation (solltet)']),
    );
    expect(isCheckworthy('I think we should be much kinder to each other in this town.', 'en')).toBe(false);
  });

  it('separates checkable statements from opinions at the text level', () => {
    expect(isCheckworthy('The county closed three of its five clinics in 2021.', 'en')).toBe(true);
    expect(isCheckworthy('Der Landkreis hat im vergangenen Jahr zwei Krankenhäuser geschlossen.', 'de')).toBe(true);
    expect(isCheckworthy('Das ist einfach nur peinlich und respektlos!', 'de')).toBe(false);
    expect(isCheckworthy('What a lovely evening, thanks everyone for coming!', 'en')).toBe(false);
    expect(isCheckworthy('Wie soll das denn bitte funktionieren?', 'de')).toBe(false);
  });

  it('counts a shared link as a cited source for the text', () => {
    const a = analyzeText('Genau so: https://example.org/bericht-zur-lage', { lang: 'de' });
    expect(a.checkworthy).toBe(true);
    expect(a.checkworthyVia).toBe('link');
    expect(analyzeText('The bridge reopened in May after 14 months of repairs.', { lang: 'en' }).checkworthyVia).toBe('claim');
  });
});

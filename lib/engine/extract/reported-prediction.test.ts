import { describe, expect, it } from 'vitest';
import { extractClaims } from '../index';

const first = (t: string, lang: 'de' | 'en') => extractClaims(t, { lang }).claims[0];

describe('reported speech', () => {
  it('detects Konjunktiv I of regular verbs without a speech verb', () => {
    expect(first('Die Klinik verfüge über genug Betten, die Lage bleibe aber angespannt.', 'de').kind).toBe('reported');
    expect(first('Der Verein plane keine Preiserhöhung für die nächste Saison.', 'de').kind).toBe('reported');
  });

  it('ignores first-person forms and idioms', () => {
    expect(first('Ich plane eine Reise nach Lissabon im Herbst mit Freunden.', 'de').kind).not.toBe('reported');
    expect(first('Das Freibad öffnet im Juni, es sei denn, das Wetter spielt nicht mit.', 'de').kind).not.toBe('reported');
  });

  it('uses source markers and post-posed attributions', () => {
    expect(first('Nach Schätzungen des Verbands fehlen 4.000 Fachkräfte im Handwerk.', 'de').speaker).toBe('Verbands');
    expect(first('Nach Feuerwehrangaben brannte die Scheune vollständig nieder.', 'de').speaker).toBe('Feuerwehr');
    expect(first('Die Fähre fällt bis Freitag aus, teilte die Reederei mit.', 'de').kind).toBe('reported');
    const en = first('The pier will stay closed through August, the harbour authority said.', 'en');
    expect(en).toMatchObject({ kind: 'reported', speaker: 'harbour authority' });
  });

  it('does not treat demand verbs with a plain object as speech', () => {
    expect(first('Der Mieterbund fordert einen Mietendeckel für Großstädte.', 'de').kind).not.toBe('reported');
    expect(first('Der Mieterbund fordert, die Mieten müssten gedeckelt werden.', 'de').kind).toBe('reported');
  });

  it('needs a clause for find/show verbs', () => {
    expect(first('Surveyors found 14 cracks in the dam wall last spring.', 'en').kind).not.toBe('reported');
    expect(first('A survey of nurses found that most plan to leave the profession.', 'en').kind).toBe('reported');
  });
});

describe('predictions', () => {
  it('detects plan modals with an infinitive', () => {
    expect(first('Die Brauerei will bis 2028 ihren Wasserverbrauch halbieren.', 'de').kind).toBe('prediction');
    expect(first('Die Zinsen dürften im kommenden Jahr wieder sinken.', 'de').kind).toBe('prediction');
    expect(first('Die Regierung rechnet mit einem Defizit von 2 Prozent.', 'de').kind).toBe('prediction');
  });

  it('does not take hearsay soll with a perfect infinitive for a plan', () => {
    expect(first('Der Bürgermeister soll Spenden angenommen haben.', 'de').kind).not.toBe('prediction');
  });

  it('detects English future frames and passive possible events', () => {
    expect(first('The airline is set to cut 500 jobs at its main hub.', 'en').kind).toBe('prediction');
    expect(first('The match might be cancelled because of snow.', 'en').kind).toBe('prediction');
    expect(first('The supplement may lower blood pressure in older adults.', 'en').kind).not.toBe('prediction');
  });
});

describe('predictions and evidence verbs: clause structure', () => {
  it('finds the infinitive after a relative clause and accepts "wird … sein"', () => {
    expect(first('Die Stadt wird die Halle, die seit Jahren leer steht, im Herbst abreißen lassen.', 'de').kind).toBe('prediction');
    expect(first('Für den Verein wird die neue Saison eine große Herausforderung sein.', 'de').kind).toBe('prediction');
    expect(first('Die Halle wird derzeit, nach langem Streit, von Grund auf saniert.', 'de').kind).toBe('factual');
  });

  it('does not read a coordinated "zeigt" after a comma as a closing attribution', () => {
    expect(first('Der Verein hat die Beiträge gesenkt, zeigt aber zugleich Verständnis für die Kritik, die laut wurde.', 'de').kind).not.toBe('reported');
    expect(first('Die Mieten sind stärker gestiegen als die Löhne, zeigt eine neue Erhebung.', 'de').kind).toBe('reported');
  });
});

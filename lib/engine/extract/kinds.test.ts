import { describe, expect, it } from 'vitest';
import { extractClaims } from '../index';

const first = (t: string, lang: 'de' | 'en') => extractClaims(t, { lang }).claims[0];
const kinds = (t: string, lang: 'de' | 'en') => extractClaims(t, { lang }).claims.map((c) => c.kind);

describe('claim kinds', () => {
  it('classifies attributed direct speech as quote', () => {
    const c = first('„Wir bauen bis Ende des Jahres drei neue Kitas“, sagte Bürgermeisterin Anna Schulz.', 'de');
    expect(c.kind).toBe('quote');
    expect(c.voice).toBe('speaker');
    expect(c.reason.some((r) => r.startsWith('kind:quote via „…“'))).toBe(true);
  });

  it('classifies indirect speech with a speech verb or Konjunktiv as reported', () => {
    expect(first('Der Konzern erklärte, dass der Umsatz um 4 Prozent gestiegen sei.', 'de').kind).toBe('reported');
    expect(first('Die Lage an der Grenze sei angespannt, die Vorräte reichten kaum noch.', 'de').kind).toBe('reported');
    expect(first('According to the central bank, inflation fell to 2.1 percent in March.', 'en').kind).toBe('reported');
  });

  it('classifies future and plans as prediction', () => {
    expect(first('Die Bahn wird die Strecke nach Leipzig im Sommer modernisieren.', 'de').kind).toBe('prediction');
    expect(first('The club will open a new stadium in the north of the city.', 'en').kind).toBe('prediction');
  });

  it('does not take a present passive for a prediction', () => {
    expect(first('Die Brücke über den Rhein wird derzeit saniert.', 'de').kind).toBe('factual');
  });

  it('classifies judgements as evaluative', () => {
    expect(first('Diese Reform ist falsch und für die Pflege zutiefst schädlich und gefährlich.', 'de').kind).toBe('evaluative');
    expect(first('In my opinion the new tax is a terrible idea for families.', 'en').kind).toBe('evaluative');
  });

  it('classifies plain checkable statements as factual', () => {
    expect(first('Der FC Augsburg gewann am Samstag mit 2:0 gegen Mainz.', 'de').kind).toBe('factual');
    expect(first('The company employed 12,000 people in Germany last year.', 'en').kind).toBe('factual');
  });

  it('does not count a quoted phrase inside an author sentence as a quote', () => {
    expect(first('Die Partei nennt das Konzept eine „Politik für die kleinen Leute im Land“ und wirbt damit.', 'de').kind).not.toBe('quote');
  });

  it('skips questions, headings, captions, references and fragments', () => {
    const t = 'Wie geht es weiter?\n\nWahl 2025\n\nFoto: Max Muster\n\n1 Vgl. Müller 2020, S. 4.\n\nNur kurz.\n\nRead more at https://example.com/x';
    expect(kinds(t, 'de')).toEqual([]);
  });

  it('scores numbers and entities higher than vague hedged opinions', () => {
    const fact = first('Die Arbeitslosenquote in Bayern lag im Mai bei 3,4 Prozent.', 'de');
    const vague = first('Vielleicht ist das irgendwie eine schlechte Idee für manche Leute.', 'de');
    expect(fact.checkworthiness).toBeGreaterThan(vague.checkworthiness);
    expect(fact.checkworthiness).toBeGreaterThanOrEqual(0.5);
    expect(fact.reason).toContain('checkworthiness:+0.20 number (3,4 Prozent)');
  });
});

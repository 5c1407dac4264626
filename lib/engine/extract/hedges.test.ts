import { describe, expect, it } from 'vitest';
import { extractClaims } from '../index';

const first = (t: string, lang: 'de' | 'en') => extractClaims(t, { lang }).claims[0];

describe('hedges and negation', () => {
  it('detects German and English hedges', () => {
    expect(first('Der Täter ist offenbar über den Hof geflohen.', 'de').hedgeCue).toBe('offenbar');
    expect(first('The vaccine may reduce severe cases by half.', 'en').hedgeCue).toBe('may');
    expect(first('Der Minister soll 20.000 Euro erhalten haben.', 'de').hedgeCue).toBe('soll');
  });

  it('does not hedge on capitalised names or plans with soll', () => {
    expect(first('The festival takes place in May every year in Leeds.', 'en').hedged).toBe(false);
    expect(first('Die neue Halle soll 2026 eröffnet werden.', 'de').hedged).toBe(false);
  });

  it('detects negation cues', () => {
    expect(first('Die Regierung plant keine Steuererhöhung für 2025.', 'de').negationCue).toBe('keine');
    expect(first("The mayor didn't approve the new parking fees.", 'en').negationCue).toBe("n't");
    expect(first('Weder die Polizei noch die Feuerwehr war vor Ort.', 'de').negationCue).toBe('Weder');
  });

  it('ignores "nicht nur … sondern auch" and "not only … but also"', () => {
    expect(first('Die Preise stiegen nicht nur bei Gas, sondern auch bei Strom.', 'de').negated).toBe(false);
    expect(first('Prices rose not only for gas but also for electricity.', 'en').negated).toBe(false);
  });

  it('ignores "No." as number abbreviation and idioms', () => {
    expect(first('Song No. 5 reached the top of the charts in 1999.', 'en').negated).toBe(false);
    expect(first('Nicht zuletzt wegen des Wetters fiel die Ernte aus.', 'de').negated).toBe(false);
  });

  it('marks "could not" as both hedged and negated', () => {
    const c = first('The team could not confirm the transfer fee.', 'en');
    expect(c.hedged && c.negated).toBe(true);
  });
});

describe('hedge phrases and record idioms', () => {
  it('detects multi-word hedges and voraussichtlich', () => {
    expect(first('Die Messwerte deuten darauf hin, dass der See sich erholt.', 'de').hedged).toBe(true);
    expect(first('Der Neubau wird voraussichtlich 2027 bezogen.', 'de').hedgeCue).toBe('voraussichtlich');
    expect(first('Pretty sure the bakery closed for good last week.', 'en').hedged).toBe(true);
  });

  it('does not count record idioms, "without" or thanks-for-nothing as negation', () => {
    expect(first('Der Pegel der Elbe ist so niedrig wie nie.', 'de').negated).toBe(false);
    expect(first('Die Exporte sanken so deutlich wie seit 2009 nicht mehr.', 'de').negated).toBe(false);
    expect(first('Mortgage rates have not been this high since 2008.', 'en').negated).toBe(false);
    expect(first('The talks ended without an agreement on fishing rights.', 'en').negated).toBe(false);
    expect(first('Wieder kein WLAN im Zug, danke für nichts.', 'de').negationCue).toBe('kein');
  });

  it('still negates ordinary clauses', () => {
    expect(first('Die Exporte sind im Mai nicht gestiegen.', 'de').negated).toBe(true);
    expect(first('The mayor has not signed the contract yet.', 'en').negated).toBe(true);
  });
});

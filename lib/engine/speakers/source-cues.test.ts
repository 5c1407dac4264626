import { describe, expect, it } from 'vitest';
import { extractClaims } from '../index';

const claims = (t: string, lang: 'de' | 'en') => extractClaims(t, { lang }).claims;
const first = (t: string, lang: 'de' | 'en') => claims(t, lang)[0];

describe('attribution cues that need a complement or a source subject', () => {
  it('reads German frame verbs: beziffern auf, verweisen auf, schätzen auf, nannte als', () => {
    expect(first('Der Landkreis beziffert die Sturmschäden auf knapp vier Millionen Euro.', 'de')).toMatchObject({ kind: 'reported', speaker: 'Landkreis' });
    expect(first('Die Rektorin verwies auf den anhaltenden Lehrermangel im Bezirk.', 'de')).toMatchObject({ kind: 'reported', speaker: 'Rektorin' });
    expect(first('Fachleute schätzen den Sanierungsbedarf auf 80 Millionen Euro.', 'de')).toMatchObject({ kind: 'reported', speaker: 'Fachleute' });
    expect(first('Als Ursache nannte die Feuerwehr einen defekten Heizlüfter.', 'de')).toMatchObject({ kind: 'reported', speaker: 'Feuerwehr' });
  });

  it('does not read passives or plain objects as attributions', () => {
    expect(first('Der Schaden wird von der Versicherung auf 20.000 Euro beziffert.', 'de').kind).not.toBe('reported');
    expect(first('Wir schätzen die gute Zusammenarbeit mit dem Verein sehr.', 'de').kind).not.toBe('reported');
    expect(first('Die Firma meldete im Frühjahr Insolvenz an.', 'de').kind).not.toBe('reported');
    expect(first('Die Auswertung der Studie fand im Labor der Hochschule statt.', 'de').kind).not.toBe('reported');
  });

  it('reads „meldete" and „fanden" with a source or research subject', () => {
    expect(first('Der Wetterdienst meldete am Morgen Glätte auf allen Landstraßen.', 'de')).toMatchObject({ kind: 'reported', speaker: 'Wetterdienst' });
    expect(first('Die Forscherinnen fanden keinen Hinweis auf eine Ansteckung über Oberflächen.', 'de')).toMatchObject({ kind: 'reported', negated: true });
    expect(first('Die Kinder fanden im Park einen verletzten Igel.', 'de').kind).not.toBe('reported');
  });

  it('reads „Nach Überzeugung/Ansicht …" and verb-final separable verbs', () => {
    expect(first('Nach Überzeugung des Gerichts hat der Makler die Kunden bewusst getäuscht.', 'de')).toMatchObject({ kind: 'reported', speaker: 'Gerichts' });
    expect(first('Wie die Bahn mitteilte, fahren die Züge ab Montag wieder im Stundentakt.', 'de')).toMatchObject({ kind: 'reported', speaker: 'Bahn' });
  });

  it('takes a quoted label after „nannte" as a quote, a present-tense label not', () => {
    expect(first('Die Landrätin nannte den Kompromiss „einen Sieg der Vernunft“.', 'de')).toMatchObject({ kind: 'quote', speaker: 'Landrätin' });
    expect(first('The union leader called the offer “an insult to every nurse”.', 'en')).toMatchObject({ kind: 'quote', speaker: 'union leader' });
  });

  it('reads English source subjects, blame and complaints', () => {
    expect(first('The health department reported 340 new infections on Monday.', 'en')).toMatchObject({ kind: 'reported', speaker: 'health department' });
    expect(first('Scientists found no evidence of water on the moon’s surface.', 'en')).toMatchObject({ kind: 'reported', speaker: 'Scientists' });
    expect(first('The airline blamed the cancellations on a shortage of pilots.', 'en')).toMatchObject({ kind: 'reported', speaker: 'airline' });
    expect(first('Parents complain that the school bus never arrives on time.', 'en')).toMatchObject({ kind: 'reported', speaker: 'Parents' });
    expect(first('Retail sales reported by the chain rose 4 percent.', 'en').kind).not.toBe('reported');
    expect(first('The striker was blamed for the defeat by angry fans.', 'en').kind).not.toBe('reported');
  });

  it('keeps non-speech senses of add, argue and call out of reported speech', () => {
    expect(first('The factory added 250 jobs in its second year.', 'en').kind).toBe('factual');
    expect(first('The neighbours argued for hours about the fence.', 'en').kind).not.toBe('reported');
    expect(first('The mayor called a meeting for Thursday evening.', 'en').kind).not.toBe('reported');
    expect(first('Demand will keep rising, the chief economist added.', 'en')).toMatchObject({ kind: 'reported', speaker: 'chief economist' });
  });

  it('reads closing attributions with their own subject and "per X"', () => {
    expect(first('The witness had been coached, Judge Marlow noted.', 'en')).toMatchObject({ kind: 'reported', speaker: 'Marlow' });
    expect(first('Per @metrowater, the boil notice stays in place until Sunday.', 'en')).toMatchObject({ kind: 'reported', speaker: '@metrowater' });
    expect(first('Bridge tolls rise to $4 next month, per the state transport office.', 'en')).toMatchObject({ kind: 'reported', speaker: 'state transport office' });
    expect(first('Tickets cost $12 per person at the door.', 'en').kind).not.toBe('reported');
  });
});

describe('speaker resolution across sentences', () => {
  it('resolves "it" and "they" to the organisation named before', () => {
    const cs = claims('Northwind Logistics reported a record quarter. It added that two new depots would open in spring.', 'en');
    expect(cs[1]).toMatchObject({ kind: 'reported', speaker: 'Northwind Logistics' });
  });

  it('resolves "it" to a multi-word organisation that opened the previous sentence', () => {
    const cs = claims('The Regional Water Authority closed two reservoirs. It said levels were the lowest since 1976.', 'en');
    expect(cs[1].speaker).toBe('Regional Water Authority');
  });

  it('takes a document author from "a study by X"', () => {
    const c = first('According to a study by the Coastal Research Institute, sea levels rose 4 mm a year.', 'en');
    expect(c.speaker).toBe('Coastal Research Institute');
  });

  it('prefers the sentence’s own subject over the carried-over speaker', () => {
    const cs = claims('Bürgermeister Jonas Hahn sagte, die Brücke sei sicher. Die Anwohner kritisierten den Bericht scharf, er gehe an den Problemen vorbei.', 'de');
    expect(cs[1]).toMatchObject({ kind: 'reported', speaker: 'Anwohner' });
  });
});

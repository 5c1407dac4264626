import { describe, expect, it } from 'vitest';
import { extractClaims } from '../index';
import { isDocumentNoun } from './speaker-names';

const claims = (t: string, lang: 'de' | 'en') => extractClaims(t, { lang }).claims;

describe('speakers', () => {
  it('finds the speaker after an inverted German speech verb', () => {
    const c = claims('Im Interview betonte gestern Petra Wagner, die Kliniken seien überlastet.', 'de')[0];
    expect(c.speaker).toBe('Petra Wagner');
    expect(c.cue).toBe('betonte');
  });

  it('handles separable verbs and appositions', () => {
    const c = claims('Am Montag kündigte die Chefin des Verbands, Maria Keller vor der Presse an: „Wir streiken ab Mittwoch in allen Filialen.“', 'de')[0];
    expect(c.kind).toBe('quote');
    expect(c.speaker).toBe('Maria Keller');
    expect(c.cue).toBe('kündigte … an');
  });

  it('does not treat a separable verb without its particle as speech', () => {
    const c = claims('Die Stadt stellte im Mai 40 neue Busse in Dienst.', 'de')[0];
    expect(c.speaker).toBeNull();
    expect(c.voice).toBe('author');
  });

  it('resolves "das Unternehmen" / "the company" to the organisation named before', () => {
    const de = claims('Die Fluggesellschaft Nordair AG streicht ihre Verbindung nach Leipzig. Die Nachfrage sei zu gering, erklärte das Unternehmen.', 'de');
    expect(de[1].speaker).toMatch(/Nordair AG$/);
    const en = claims('Meridian Logistics Ltd said on Monday it would close the depot. The company blamed rising costs.', 'en');
    expect(en[1].speaker).toBe('Meridian Logistics Ltd');
    expect(en[1].reason.join(' ')).toMatch(/via 'company' naming the organisation before/);
    // Without an organisation named before, the noun stays.
    expect(claims('Die Nachfrage sei zu gering, erklärte das Unternehmen.', 'de')[0].speaker).toBe('Unternehmen');
  });

  it('gives a document named as the source to its author („heißt es im Jahresbericht der Behörde", "a statement from the office")', () => {
    expect(claims('Viele Gemeinden hätten kaum Spielraum, heißt es im Jahresbericht der Kommunalaufsicht.', 'de')[0].speaker).toBe('Kommunalaufsicht');
    const en = claims('Police are searching for a man, according to a statement from the sheriff\'s office.', 'en')[0];
    expect(en.speaker).toBe("sheriff's office");
  });

  it('knows document nouns as compound heads, not as the ends of other words', () => {
    expect(['Jahresbericht', 'Wohnungsmarktbericht', 'Positionspapier', 'Studie'].map(isDocumentNoun)).toEqual([true, true, true, true]);
    expect(['Kandidaten', 'Ausrede', 'Bürgermeister'].map(isDocumentNoun)).toEqual([false, false, false]);
  });

  it('resolves a pronoun to a role opened by a genitive name („Sachsens Wirtschaftsminister … er")', () => {
    const c = claims('Sachsens Wirtschaftsminister zeigte sich enttäuscht. Er werde das Gespräch mit der Airline suchen, kündigte er an.', 'de');
    expect(c.at(-1)?.speaker).toBe('Sachsens Wirtschaftsminister');
  });

  it('resolves pronouns to the last named person speaker across sentences', () => {
    const t = 'Trainer Lukas Brandt sagte, die Mannschaft habe gut gespielt. „Wir holen den Pokal“, fügte er hinzu.';
    const cs = claims(t, 'de');
    expect(cs[1].speaker).toBe('Lukas Brandt');
    expect(cs[1].cue).toBe('fügte … hinzu');
    expect(cs[1].reason.some((r) => r.includes("pronoun 'er'"))).toBe(true);
  });

  it('resolves English pronouns and surnames', () => {
    const t = 'Senator Jane Porter said the bill would cut costs by 10 percent. "This is only the start," she added. Porter also said 30 states support it.';
    const cs = claims(t, 'en');
    expect(cs.map((c) => c.speaker)).toEqual(['Jane Porter', 'Jane Porter', 'Jane Porter']);
  });

  it('attributes a colon-introduced quote in the next paragraph', () => {
    const t = 'Die Ministerin Sabine Roth sagte, dass sie kritisiert worden sei:\n\n„Wir haben die Mittel für Schulen um 8 Prozent erhöht und werden weiter investieren.“';
    const cs = claims(t, 'de');
    expect(cs[1].kind).toBe('quote');
    expect(cs[1].speaker).toBe('Sabine Roth');
  });

  it('backfills a multi-sentence quote attributed at its end', () => {
    const t = '„Das Werk bleibt offen. Die 900 Jobs sind sicher“, sagte Konzernchef Thomas Berger.';
    const cs = claims(t, 'de');
    expect(cs).toHaveLength(2);
    expect(cs[0].speaker).toBe('Thomas Berger');
  });

  it('uses laut / zufolge / according to', () => {
    expect(claims('Laut Statistischem Bundesamt stiegen die Preise um 6 Prozent.', 'de')[0].cue).toBe('Laut');
    expect(claims('Dem Institut zufolge sank die Zahl der Unfälle deutlich.', 'de')[0].cue).toBe('zufolge');
    const en = claims('According to the World Health Organization, 2 million cases were reported.', 'en')[0];
    expect(en.speaker).toBe('World Health Organization');
  });

  it('keeps the author voice for plain assertions', () => {
    const c = claims('Die Inflation in der Eurozone lag im Juni bei 2,5 Prozent.', 'de')[0];
    expect(c).toMatchObject({ voice: 'author', speaker: null, cue: null });
  });
});

describe('speakers: post-posed, appositions, pronouns, roles', () => {
  it('takes the speaker after a post-posed German verb', () => {
    const c = claims('„Der Fahrplan steht“, sagte ein Sprecher der Verkehrsbetriebe.', 'de')[0];
    expect(c.speaker).toBe('Sprecher der Verkehrsbetriebe');
  });

  it('skips appositions and relative clauses before the verb', () => {
    expect(claims('Ms. Rowe, a veteran diplomat, said the deal was close.', 'en')[0].speaker).toBe('Rowe');
    expect(claims('The bakery chain, which opened in 1998, said it would hire 200 staff.', 'en')[0].speaker).toBe('bakery chain');
  });

  it('resolves a pronoun to a person named in a non-speech sentence', () => {
    const cs = claims('Greta Lindqvist leitet seit 2019 das Stadtarchiv. Sie sagte, der Umzug sei abgeschlossen.', 'de');
    expect(cs[1].speaker).toBe('Greta Lindqvist');
    const en = claims('Omar Haddad runs a bakery in Leeds. He said flour prices had doubled.', 'en');
    expect(en[1].speaker).toBe('Omar Haddad');
  });

  it('does not resolve a plural "sie" or a pronoun inside the reported clause', () => {
    const cs = claims('Greta Lindqvist leitet das Archiv. Sie sagten, die Akten seien verloren.', 'de');
    expect(cs[1].speaker).toBeNull();
    expect(claims('Der Bürgermeister sagte, er werde nicht kandidieren.', 'de')[0].speaker).toBe('Bürgermeister');
  });

  it('keeps the head name before a "vom"/"at" modifier and drops role words', () => {
    expect(claims('Dr. Lea Sommer vom Tropeninstitut Hamburg sagte: „Die Fälle nehmen zu.“', 'de')[0].speaker).toBe('Lea Sommer');
    expect(claims('Transport Secretary Alan Webb told reporters the line would reopen.', 'en')[0].speaker).toBe('Alan Webb');
  });

  it('takes the sentence subject for self-attribution', () => {
    expect(claims('Die Stadtwerke haben nach eigenen Angaben 3.000 Zähler getauscht.', 'de')[0].speaker).toBe('Stadtwerke');
  });
});

describe('speakers: roles and verb senses', () => {
  it('resolves a bare role to the person last named with it', () => {
    const cs = claims('Umweltministerin Petra Lind besuchte den Hafen. Die Ministerin sagte, die Pläne seien finanziert.', 'de');
    expect(cs[1].speaker).toBe('Petra Lind');
    const en = claims('Mayor Tom Reyes opened the depot. The mayor said the buses were fully electric.', 'en');
    expect(en[1].speaker).toBe('Tom Reyes');
  });

  it('lets a pronoun follow a role-only subject', () => {
    const cs = claims('Die Richterin vertagte den Prozess. Sie betonte, das Urteil falle im Juni.', 'de');
    expect(cs[1].speaker).toBe('Richterin');
  });

  it('does not read "sagte … ab" (cancelled) as speech', () => {
    const c = claims('Der Verein sagte das Heimspiel am Samstag ab.', 'de')[0];
    expect(c.kind).not.toBe('reported');
  });

  it('takes plural present speech verbs and fears/hopes with a clause', () => {
    expect(claims('Doctors warn the waiting lists will grow this winter.', 'en')[0]).toMatchObject({ kind: 'reported', speaker: 'Doctors' });
    expect(claims('Die Händler befürchten, dass die Umsätze weiter sinken.', 'de')[0].kind).toBe('reported');
    expect(claims('Die Händler befürchten Umsatzeinbußen.', 'de')[0].kind).not.toBe('reported');
  });
});

describe('speakers: noun phrase edge cases', () => {
  it('treats a party-prefixed role as a title and resolves the pronoun to the name', () => {
    const cs = claims('Die SPD-Abgeordnete Lena Marquardt besuchte die Schule. Sie sagte: „Hier fehlt es an allem.“', 'de');
    expect(cs[1].speaker).toBe('Lena Marquardt');
  });

  it('keeps an English two-word name that opens a sentence for later pronouns', () => {
    const cs = claims('Grace Whitfield runs the shelter in Bristol. She said demand had tripled.', 'en');
    expect(cs[1].speaker).toBe('Grace Whitfield');
  });

  it('does not stop an apposition at a comma inside a number', () => {
    const c = claims('The brewery, which sold 40,000 barrels last year, said it would expand.', 'en')[0];
    expect(c.speaker).toBe('brewery');
  });

  it('follows "von der" chains back to the name and German adjective + noun subjects', () => {
    expect(claims('Dr. Jonas Frey von der Charité Berlin hält die Regel für überholt.', 'de')[0].speaker).toBe('Jonas Frey');
    expect(claims('Eine aktuelle Umfrage des Instituts zeigt, dass viele Pendler umsteigen.', 'de')[0].speaker).toBe('Institut'); // the body behind the document, as without the adjective
  });

  it('reads an upper-case acronym after "according to" as the source', () => {
    expect(claims('Vaccination rates rose by 4 percent, according to the CDC.', 'en')[0].speaker).toBe('CDC');
  });

  it('accepts a comma right after a clause-only verb as its complement', () => {
    expect(claims('Meine Kollegin meinte, der Zug fällt heute aus.', 'de')[0].kind).toBe('reported');
    expect(claims('Damit meinte er die Steuerpläne der Regierung.', 'de')[0].kind).not.toBe('reported');
  });
});

describe('speakers: vorwerfen and "ehrlich gesagt"', () => {
  it('reads "warf … vor" as an attributed accusation', () => {
    const c = claims('Der Betriebsrat warf dem Vorstand vor, Zusagen gebrochen zu haben.', 'de')[0];
    expect(c).toMatchObject({ kind: 'reported', speaker: 'Betriebsrat' });
    expect(claims('Die Kinder warfen Steine in den Teich.', 'de')[0].kind).not.toBe('reported');
  });

  it('does not take "offen gesagt" for reported speech', () => {
    expect(claims('Offen gesagt ist der neue Fahrplan eine Zumutung.', 'de')[0].kind).toBe('evaluative');
  });
});

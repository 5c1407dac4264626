import { describe, expect, it } from 'vitest';
import { extractClaims } from '../index';
import { ACT_FORMS } from './claim-verbs';

const first = (t: string, lang: 'de' | 'en') => extractClaims(t, { lang }).claims[0];

describe('speech acts with a plain object report their subject (issue 10)', () => {
  it('German demands, rejections, warnings, promises, confirmations, appeals', () => {
    expect(first('Die Grünen fordern ein Tempolimit auf allen Autobahnen.', 'de')).toMatchObject({ kind: 'reported', voice: 'speaker', speaker: 'Grünen', cue: 'fordern' });
    expect(first('Der Bürgermeister lehnte den Vorschlag der Opposition entschieden ab.', 'de')).toMatchObject({ speaker: 'Bürgermeister', cue: 'lehnte … ab' });
    expect(first('Die Präsidentin des Landesrechnungshofs Maria Beck warnte vor neuen Schulden.', 'de').speaker).toBe('Maria Beck');
    expect(first('Der Landrat versprach eine rasche Entscheidung über die Klinik.', 'de').speaker).toBe('Landrat');
    expect(first('Der Konzern bestätigte den Abbau von 300 Stellen.', 'de').speaker).toBe('Konzern');
    expect(first('Die Gewerkschaft Verdi rief zu einem Warnstreik auf.', 'de')).toMatchObject({ cue: 'rief … auf' });
  });

  it('German: people named by an agent noun are sources („Anwohner berichten von …")', () => {
    expect(first('Anwohner berichten von nächtlichem Lärm auf der Baustelle.', 'de').speaker).toBe('Anwohner');
  });

  it('English demands, rejections, denials, praise, announcements', () => {
    expect(first('The opposition rejected the budget.', 'en')).toMatchObject({ kind: 'reported', speaker: 'opposition', cue: 'rejected' });
    expect(first('The company denied any wrongdoing.', 'en').speaker).toBe('company');
    expect(first('The governor announced a $2 billion plan for the ports.', 'en').speaker).toBe('governor');
    expect(first('The mayor praised the new cycle lanes.', 'en').speaker).toBe('mayor');
  });

  it('English findings of courts: "The court ruled that …"', () => {
    expect(first('The court ruled that the ban was unlawful.', 'en')).toMatchObject({ kind: 'reported', speaker: 'court', cue: 'ruled' });
  });

  it('a subject that is no source is an event, not speech („Der Sturm forderte drei Todesopfer")', () => {
    expect(first('Der Sturm forderte drei Todesopfer.', 'de')).toMatchObject({ voice: 'author', speaker: null });
    expect(first('The storm claimed three lives.', 'en')).toMatchObject({ voice: 'author', speaker: null });
  });

  it('a vote is a decision, not a claim', () => {
    expect(first('Der Gemeinderat hat den Bau des Parkhauses mit 18 zu 15 Stimmen abgelehnt.', 'de')).toMatchObject({ voice: 'author', speaker: null });
    expect(first('The council unanimously rejected the plan.', 'en')).toMatchObject({ voice: 'author', speaker: null });
  });

  it('a participle before a noun is an adjective ("last year\'s rejected bid")', () => {
    expect(first("The club revived last year's rejected bid for the stadium.", 'en')).toMatchObject({ speaker: null });
  });

  it('causative lassen carries speech: „ließ sie wissen"', () => {
    const cs = extractClaims('Kapitänin Jana Roth war zufrieden. Man werde das Finale gewinnen, ließ sie wissen.', { lang: 'de' }).claims;
    expect(cs[1].speaker).toBe('Jana Roth');
  });

  it('lists only forms, no English nouns ("demand", "call")', () => {
    for (const noun of ['demand', 'call', 'calls', 'demands', 'promise']) expect(ACT_FORMS.en.has(noun)).toBe(false);
    expect(ACT_FORMS.de.has('lehnte')).toBe(true);
  });
});

describe('passive speech verbs: the agent speaks', () => {
  it('German „wurde von X kritisiert", „vom Amt bestätigt"', () => {
    expect(first('Der Plan wurde von der Ministerin scharf kritisiert.', 'de')).toMatchObject({ kind: 'reported', speaker: 'Ministerin' });
    expect(first('Der Vorschlag wurde gestern abgelehnt.', 'de')).toMatchObject({ voice: 'author', speaker: null });
  });

  it('English "was rejected by X"', () => {
    expect(first('The offer was rejected by the union on Friday.', 'en')).toMatchObject({ kind: 'reported', speaker: 'union' });
  });

  it('German future and modal infinitives are not passives („Die AfD wird … ablehnen")', () => {
    expect(first('Die AfD wird die Änderung ablehnen.', 'de')).toMatchObject({ kind: 'reported', speaker: 'AfD' });
    expect(first('Die SPD hat die Änderung abgelehnt.', 'de').speaker).toBe('SPD');
  });
});

describe('documents speak for their authors', () => {
  it('German: „Im Antrag der Grünen wird … gefordert", „Der Antrag der Linken fordert …"', () => {
    expect(first('Im Antrag der Grünen wird ein Tempolimit gefordert.', 'de')).toMatchObject({ kind: 'reported', speaker: 'Grünen' });
    expect(first('Der Antrag der Linken fordert einen Mindestlohn von 15 Euro.', 'de').speaker).toBe('Linken');
    expect(first('Die neue Studie des Instituts zeigt, dass die Mieten steigen.', 'de').speaker).toBe('Institut');
  });
});

describe('German inverted subjects', () => {
  it('a noun after a preposition is no subject („erwarten zu Recht")', () => {
    expect(first('Die Menschen im Land erwarten zu Recht, dass die Regierung handelt.', 'de').speaker).not.toBe('Recht');
  });
});

describe('attribution without a speech verb', () => {
  it('German „…, so der Sprecher." closes indirect speech', () => {
    expect(first('Die Kosten liegen bei 40 Millionen Euro, so der Sprecher.', 'de').speaker).toBe('Sprecher');
  });

  it('German speech nouns: „Kritik kam von …", „Kritik an dem Plan übte …"', () => {
    expect(first('Scharfe Kritik kam von der Gewerkschaft.', 'de').speaker).toBe('Gewerkschaft');
    expect(first('Kritik an dem Plan übte auch der Städtetag.', 'de').speaker).toBe('Städtetag');
    expect(first('Die Kammern haben scharfe Kritik geübt.', 'de').speaker).not.toBe('Kritik');
  });

  it('a verb-final clause keeps its complement before the verb („wenn wir von Lösungen sprechen")', () => {
    expect(first('Leider glaubt uns bald niemand mehr, wenn wir von europäischen Lösungen sprechen.', 'de').speaker).not.toBe('Lösungen');
  });
});

describe('holders who changed their mind', () => {
  it('English: an apposition and "now" between the name and the verb', () => {
    expect(first('The herd left, and director Ina Marsh, once the loudest opponent of the move, now says it was the right decision.', 'en').speaker).toBe('Ina Marsh');
    expect(first('The herd left in 2019, and director Ina Marsh now says it was the right decision.', 'en').speaker).toBe('Ina Marsh');
  });

  it('English: "now calls it a mistake", "defends the switch-off", "now opposes the centre"', () => {
    expect(first('Leo Brandt, the mayor who once championed the reservoir, now calls it a mistake.', 'en')).toMatchObject({ speaker: 'Leo Brandt', kind: 'reported' });
    expect(first('Councillor Mia Holt defends the switch-off as a sensible way to save money.', 'en').speaker).toBe('Mia Holt');
    expect(first('The council called a meeting for Thursday.', 'en').speaker).toBeNull();
  });

  it('German: a complement as pronominal adverb („wirbt dafür", „spricht davon")', () => {
    expect(first('Die Direktorin wirbt inzwischen offen dafür, die Bibliothek sonntags zu öffnen.', 'de').speaker).toBe('Direktorin');
  });
});

describe('more speech acts and sources', () => {
  it('German: begründen mit, zurückweisen, plädieren, dementieren; associations as sources', () => {
    expect(first('Die Geschäftsführung begründete die Schließung mit fehlenden Hebammen.', 'de').speaker).toBe('Geschäftsführung');
    expect(first('Der Landrat hat die Vorwürfe zurückgewiesen.', 'de').speaker).toBe('Landrat');
    expect(first('Die Verteidigung hatte auf Freispruch plädiert.', 'de').speaker).toBe('Verteidigung');
    expect(first('Der Verein hat die Berichte über eine Trennung dementiert.', 'de').speaker).toBe('Verein');
    expect(first('Mietervereine fordern eine strengere Mietpreisbremse.', 'de').speaker).toBe('Mietervereine');
  });

  it('English: cited, plural present acts, agent nouns', () => {
    expect(first('Hospital administrators cited a shortage of doctors.', 'en').speaker).toBe('Hospital administrators');
    expect(first('Hospital groups oppose the measure.', 'en').speaker).toBe('Hospital groups');
    expect(first('The auditor recommended stricter oversight.', 'en').speaker).toBe('auditor');
  });
});

describe('attribution phrases and context', () => {
  it('German: „nach ersten Erkenntnissen der Ermittler", „nach Angaben des Wetterdienstes" in base form', () => {
    expect(first('Ursache war nach ersten Erkenntnissen der Ermittler ein defektes Kabel.', 'de').speaker).toContain('Ermittler');
    expect(first('Der Oktober war nach Angaben des Deutschen Wetterdienstes der wärmste seit Beginn der Aufzeichnungen.', 'de').speaker).toBe('Deutschen Wetterdienst');
  });

  it('German: a document after „nach" names its author when nothing else attributes the sentence', () => {
    expect(first('Nach einem Gutachten der Beratungsfirma Halm & Partner wäre ein privater Betreiber günstiger.', 'de').speaker).toContain('Halm');
  });

  it('German: Konjunktiv I continues the speaker of the previous reported sentence', () => {
    const cs = extractClaims('Der Wehrbeauftragte beklagt in seinem Bericht erhebliche Mängel. Vielerorts fehle es an Schutzwesten.', { lang: 'de' }).claims;
    expect(cs[1]).toMatchObject({ kind: 'reported', speaker: 'Wehrbeauftragte' });
  });

  it('English: coordinated verbs, an appositive name after a role word, a trimmed passive agent', () => {
    expect(first('The transit authority apologized and said crews had fixed the problem.', 'en').speaker).toBe('transit authority');
    expect(first('Her challenger, businessman Rick Dalton, has criticized her record on crime.', 'en').speaker).toBe('Rick Dalton');
    expect(first('The plan was sharply criticized by the firefighters union at Monday\'s council meeting.', 'en').speaker).toBe('firefighters union');
  });
});

describe('first-person framing', () => {
  it('an act inside a first-person sentence is not the claim\'s speaker („Ich bin froh, dass die Koalition … ablehnt")', () => {
    expect(first('Ich bin froh, dass die Koalition diesen Antrag ablehnt.', 'de').speaker).not.toBe('Koalition');
  });
});

describe('possessives and infinitives', () => {
  it('German possessives before the speaker\'s noun („Ihr Anwalt kündigte an")', () => {
    expect(first('Ihr Anwalt kündigte an, die Öffnung der B-Probe zu beantragen.', 'de').speaker).toBe('Anwalt');
    expect(first('Sein Anwalt sagte, die Probe sei sauber.', 'de').speaker).toBe('Anwalt');
  });
});

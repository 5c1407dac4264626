import { describe, expect, it } from 'vitest';
import { extractClaims } from '../index';

const claims = (t: string, lang: 'de' | 'en') => extractClaims(t, { lang }).claims;
const first = (t: string, lang: 'de' | 'en') => claims(t, lang)[0];

describe('periphrastic verb forms: the subject stands next to the auxiliary', () => {
  it('German: „X hat … gesagt, dass", „hat X erklärt", „hatte … verlangt, dass"', () => {
    expect(first('Bundeskanzlerin Angela Merkel hat letzte Woche in Bonn gesagt, dass die Kohle einen Beitrag leisten muss.', 'de'))
      .toMatchObject({ kind: 'reported', speaker: 'Angela Merkel', cue: 'gesagt' });
    expect(first('Gestern hat die Regierung erklärt, dass die Renten steigen.', 'de').speaker).toBe('Regierung');
    expect(first('Das Verfassungsgericht hatte verlangt, dass der Gesetzgeber bis 2025 nachbessert.', 'de').speaker).toBe('Verfassungsgericht');
  });

  it('German: „hat von … gesprochen" and a pronoun resolved to the previous sentence', () => {
    const cs = claims('Angela Merkel war in Bonn. Sie hat von einer Schicksalsfrage gesprochen.', 'de');
    expect(cs[1]).toMatchObject({ speaker: 'Angela Merkel', cue: 'gesprochen … von' });
    expect(cs[1].reason).toContain("speaker:Angela Merkel via pronoun 'Sie'");
  });

  it('German: a participle with a plain object is an event, not speech („hatte die Tat bestritten")', () => {
    expect(first('Der Angeklagte hatte die Tat bis zuletzt bestritten.', 'de')).toMatchObject({ voice: 'author', speaker: null });
  });

  it('German: the perfect passive „ist von X kritisiert worden" names X', () => {
    expect(first('Der Plan ist von der DLRG heftig kritisiert worden.', 'de').speaker).toBe('DLRG');
  });

  it('German: „wie X betont hat", „dass X … angekündigt hat"', () => {
    expect(first('Der Haushalt sei solide, wie die Ministerin betont hat.', 'de').speaker).toBe('Ministerin');
    expect(first('Bekannt ist, dass die Regierung im Mai angekündigt hat, die Steuer abzuschaffen.', 'de').speaker).toBe('Regierung');
  });

  it('English: "has warned that", "has repeatedly insisted that"', () => {
    expect(first('The minister has warned that costs will rise.', 'en')).toMatchObject({ speaker: 'minister', cue: 'warned' });
    expect(first('The union has repeatedly insisted that the bill would cost jobs.', 'en').speaker).toBe('union');
    expect(first('The union has repeatedly urged lawmakers to reject the bill.', 'en').speaker).toBe('union');
    expect(first('The mayor has promised to cut fares by 10 percent.', 'en').speaker).toBe('mayor');
  });

  it('English: a participle with a plain object is an event ("Russia has not confirmed the reports")', () => {
    expect(first('Russia has not confirmed the reports.', 'en').speaker).toBeNull();
    expect(first('Scientists may have found a way to regrow tooth enamel.', 'en').speaker).toBeNull();
  });
});

describe('pronouns resolved to the previous sentence\'s speaker', () => {
  it('German: a person („Sie betonte") and a group (plural „Sie verlangen")', () => {
    const person = claims('Die Ministerin Anna Roth erklärte, dass die Hilfe kommt. Sie betonte zudem, dass 300 Stellen entstehen.', 'de');
    expect(person[1]).toMatchObject({ speaker: 'Anna Roth', cue: 'betonte' });
    const group = claims('Die Grünen fordern, dass der Ausstieg früher kommt. Sie verlangen außerdem, dass die Kosten sinken.', 'de');
    expect(group[1].speaker).toBe('Grünen');
  });

  it('English: "She also warned", "It also demanded", "She has repeatedly warned"', () => {
    expect(claims('Mayor Jane Ruiz said fares would fall. She also warned that the budget was tight.', 'en')[1].speaker).toBe('Jane Ruiz');
    expect(claims('The union said the strike would last a week. It also demanded that wages rise by 5 percent.', 'en')[1].speaker).toBe('union');
    expect(claims('Mayor Jane Ruiz said fares would fall. She has repeatedly warned that the budget was tight.', 'en')[1].speaker).toBe('Jane Ruiz');
  });
});

describe('German clause structure around the finite verb', () => {
  it('a long subject opening the clause, cut before its first lowercase word', () => {
    const t = 'Beatrice Fihn von der Internationalen Kampagne zur Abschaffung von Atomwaffen hat letzte Woche darauf hingewiesen, dass die Bomben gefährlich sind.';
    expect(first(t, 'de').speaker).toBe('Beatrice Fihn');
  });

  it('an object in the prefield is not the subject („Den Antrag hat die Union abgelehnt")', () => {
    expect(first('Den Antrag hat die Union abgelehnt, weil er falsch sei.', 'de').speaker).toBe('Union');
  });

  it('es/das as the object before the subject („so sagt es die Kommission", „das hat X gesagt")', () => {
    expect(first('Letzten Endes - so sagt es die Kommission in ihrem Bericht - hat sich wenig geändert.', 'de').speaker).toBe('Kommission');
    expect(first('Es kann nicht sein - das hat unsere Familienministerin auch gesagt -, dass Eltern allein bleiben.', 'de').speaker).toBe('Familienministerin');
    expect(first('Wir wissen das, denn Obama hatte das bereits in Prag gesagt, als er sprach.', 'de').speaker).toBe('Obama');
  });

  it('capitalised „Sie" inside a sentence is the formal address, not the last person', () => {
    const cs = claims('Angela Merkel war in Bonn. In Ihrem Antrag fordern Sie, dass Deutschland beitritt.', 'de');
    expect(cs[1].speaker).toBeNull();
    expect(cs[1].reason).toContain("speaker:unresolved via formal address 'Sie'");
  });
});

describe('parenthetical attribution between dashes or in parentheses', () => {
  it('German: „– der Kollege Höferlin hat es gesagt –", „(so hat es der Bürgermeister gesagt)"', () => {
    expect(first('Der Begriff - der Kollege Höferlin hat es gesagt - ist schon seltsam.', 'de').speaker).toBe('Höferlin');
    expect(first('Die Stadt (so hat es der Bürgermeister gesagt) baut 300 Wohnungen.', 'de').speaker).toBe('Bürgermeister');
    expect(first('Die Fraktion - das hat auch Ralph Brinkhaus eben gesagt - unterstützt das Vorgehen.', 'de').speaker).toBe('Ralph Brinkhaus');
  });

  it('English: "– officials have said –"', () => {
    expect(first('The bridge – officials have said – will reopen in May.', 'en')).toMatchObject({ kind: 'reported', speaker: 'officials' });
  });
});

describe('roles, organisations and groups as actors', () => {
  it('German: role + long organisation + name gives the name', () => {
    expect(first('Die Präsidentin des Landesrechnungshofs Maria Beck warnte, dass die Schulden steigen.', 'de').speaker).toBe('Maria Beck');
  });

  it('German: parties and institutions as subjects („Die Grünen", „die Bundesregierung")', () => {
    expect(first('Die Grünen fordern, dass der Kohleausstieg früher kommt.', 'de').speaker).toBe('Grünen');
    expect(first('Die Bundesregierung erklärte, dass die Hilfen verlängert werden.', 'de').speaker).toBe('Bundesregierung');
  });

  it('English: "X, who …, said" and "In a statement, X denied"', () => {
    expect(first('Jane Ruiz, who chairs the committee, said costs rose by 5 percent.', 'en').speaker).toBe('Jane Ruiz');
    const long = 'Jane Ruiz, who has chaired the transport committee since 2019 and previously ran the city budget office, said costs rose by 5 percent.';
    expect(first(long, 'en').speaker).toBe('Jane Ruiz');
    expect(first('Maria Beck, die seit 2019 den Rechnungshof leitet, warnte, dass die Schulden steigen.', 'de').speaker).toBe('Maria Beck');
    expect(first('In a statement, the ministry denied the report.', 'en').speaker).toBe('ministry');
  });
});

describe('as-clauses: „wie X … fordern", "as X has said"', () => {
  it('German: the wie-clause attributes its host clause, whatever the object', () => {
    expect(first('Das Gesetz muss abgeschafft werden, wie Grüne und Linke das seit Jahren fordern.', 'de')).toMatchObject({ kind: 'reported', speaker: 'Grüne' });
  });

  it('English: "…, as the mayor has said" (and "after the company reported" stays an event)', () => {
    expect(first('The bridge will reopen in May, as the mayor has said.', 'en').speaker).toBe('mayor');
    expect(first('Shares of Brightline Motors jumped 14% after the company reported record profits.', 'en').speaker).toBeNull();
  });
});

describe('first-person speakers naming their group', () => {
  it('German: „Wir Grüne fordern", „wir als Freie Demokraten", „Wir, die AfD,"', () => {
    expect(first('Wir Grüne fordern, dass die Randstreifen 10 Meter breit sind.', 'de').speaker).toBe('Grüne');
    expect(first('Deswegen fordern wir als Freie Demokraten, dass Bund und Länder sich einigen.', 'de')).toMatchObject({ speaker: 'Freie Demokraten' });
    expect(first('Wir, die AfD, fordern, dass die Grenzen geschlossen werden.', 'de').speaker).toBe('AfD');
  });

  it('English: "We at Acme believe", and a bare "we" stays unresolved', () => {
    expect(first('We at Acme believe that costs will fall.', 'en').speaker).toBe('Acme');
    expect(first('We said that costs will fall.', 'en').speaker).toBeNull();
  });
});

describe('the body behind a document is the source', () => {
  it('German: „laut einer Mitteilung des Ministeriums", „Eine Studie des Bundesamtes zeigt", „In einer Erklärung der Regierung heißt es"', () => {
    expect(first('Laut einer Mitteilung des Ministeriums wurden 300 Schulen geschlossen.', 'de').speaker).toBe('Ministerium');
    expect(first('Laut einer Studie der Universität Bonn stiegen die Mieten um 5 Prozent.', 'de').speaker).toBe('Universität Bonn');
    expect(first('Eine Studie des Bundesamtes zeigt, dass die Mieten steigen.', 'de').speaker).toBe('Bundesamt');
    expect(first('In einer Erklärung der Regierung heißt es, die Lage sei ernst.', 'de')).toMatchObject({ speaker: 'Regierung', cue: 'heißt es' });
  });

  it('English: "according to a statement from the ministry"', () => {
    expect(first('According to a statement from the ministry, 300 schools closed.', 'en').speaker).toBe('ministry');
  });
});

describe('laut X / according to X', () => {
  it('German and English prepositional attribution', () => {
    expect(first('Laut Bundesamt stieg die Zahl der Anträge um 12 Prozent.', 'de')).toMatchObject({ speaker: 'Bundesamt', cue: 'Laut' });
    expect(first('According to the ministry, 300 schools were closed.', 'en')).toMatchObject({ speaker: 'ministry', cue: 'According to' });
  });
});

describe('transcript labels', () => {
  it('German: a label on its own line attributes the turn, first person included, until the next label', () => {
    const t = 'Andreas Jung (CDU/CSU):\nWir haben die Emissionen 2017 um 5 Prozent gesenkt.\n\nIch halte das für einen Erfolg.\n\nPräsident Dr. Wolfgang Schäuble:\nDie Redezeit ist um 4 Minuten überschritten.';
    const cs = claims(t, 'de');
    const of = (needle: string) => cs.find((c) => c.text.includes(needle));
    expect(of('Emissionen')).toMatchObject({ voice: 'speaker', speaker: 'Andreas Jung', cue: 'Andreas Jung (CDU/CSU):' });
    expect(of('Erfolg')?.speaker).toBe('Andreas Jung');
    expect(of('Redezeit')?.speaker).toBe('Wolfgang Schäuble');
  });

  it('English: an inline interview label attributes its paragraph only', () => {
    const cs = claims('Mark Ellison: We cut emissions by 40 percent last year.\n\nThe plant employs 300 people.', 'en');
    expect(cs[0]).toMatchObject({ voice: 'speaker', speaker: 'Mark Ellison' });
    expect(cs[0].reason).toContain("speaker:Mark Ellison via transcript label 'Mark Ellison:'");
    expect(cs[1]).toMatchObject({ voice: 'author', speaker: null });
  });

  it('name-shaped labels count in an interview with two or more labelled speakers', () => {
    const t = 'Tom Baker: How did the plant do?\n\nJane Ruiz: We cut emissions by 40 percent last year.\n\nTom Baker: And jobs?\n\nJane Ruiz: We hired 300 people.';
    const cs = claims(t, 'en');
    expect(cs.map((c) => c.speaker)).toEqual(['Jane Ruiz', 'Jane Ruiz']);
    expect(first('Key Findings: Sales rose 5 percent.\n\nCosts fell.', 'en').speaker).toBeNull();
  });

  it('kickers and headings are not labels', () => {
    expect(first('BREAKING: 3 people arrested outside parliament.', 'en').speaker).toBeNull();
    expect(first('Fazit: Die Kosten stiegen um 4 Prozent.', 'de').speaker).toBeNull();
  });
});

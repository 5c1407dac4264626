import { describe, expect, it } from 'vitest';
import { FIXTURE_PAIRS } from './fixtures';
import { DEFAULT_LEXICON, detectStance, readStance, resolveTopic, type Stance } from './index';

const WELCOME_DE = { label: 'Ist die Mission im Gastland willkommen?' };
const WELCOME_EN = { label: 'Is the mission welcome in the host country?' };

type Case = [text: string, topic: { label: string }, stance: Stance, cue: RegExp];

const CASES: Case[] = [
  ['Die Mission ist im Land hoch geschätzt.', WELCOME_DE, 'supports', /positive:geschätzt/],
  ['Die Mission ist nicht willkommen.', WELCOME_DE, 'opposes', /negation:nicht→willkommen/],
  ['Die Mission ist nicht unbeliebt.', WELCOME_DE, 'supports', /negation:nicht→unbeliebt/],
  ['Die Mission ist von den Abzugsforderungen unberührt.', WELCOME_DE, 'supports', /negation:unberührt→Abzugsforderungen/],
  ['Von den Abzugsforderungen ist die Mission bislang unberührt geblieben.', WELCOME_DE, 'supports', /negation:unberührt/],
  ['Die Mission ist bislang nicht zum Ziel der Abzugsforderungen geworden.', WELCOME_DE, 'supports', /negation:nicht→Abzugsforderungen/],
  ['The mission has remained untouched by withdrawal demands.', WELCOME_EN, 'supports', /negation:untouched by→withdrawal/],
  ["The mission isn't welcome anymore.", WELCOME_EN, 'opposes', /negation:n't→welcome/],
  ['The mission cannot be welcome there.', WELCOME_EN, 'opposes', /negation:cannot→welcome/],
  ['Demonstrators demanded the withdrawal of the mission.', WELCOME_EN, 'opposes', /negative:withdrawal/],
  ['Wir bleiben nur so lange, wie wir willkommen sind.', WELCOME_DE, 'mixed', /conditional:nur so lange/],
  ['We will stay only as long as we are welcome.', WELCOME_EN, 'mixed', /conditional:only as long as/],
  ['Diese Frage des Willkommens ist alles andere als sicher.', WELCOME_DE, 'opposes', /doubt:alles andere als sicher/],
  ['Whether the mission is welcome is far from certain.', WELCOME_EN, 'opposes', /doubt:far from certain/],
  ['The mission was invited, but it is now deeply unpopular.', WELCOME_EN, 'opposes', /contrast:but/],
  ['Die Mission ist zwar umstritten, aber in der Regierung geschätzt.', WELCOME_DE, 'supports', /concession:zwar/],
  ['Die Mission traf am Montag in der Hauptstadt ein.', WELCOME_DE, 'neutral', /^$/],
];

describe('detectStance', () => {
  it.each(CASES.map(([text, topic, stance, cue]) => [text, stance, topic, cue] as const))('%s → %s', (text, stance, topic, cue) => {
    const result = detectStance({ text }, topic, DEFAULT_LEXICON);
    expect(result.stance).toBe(stance);
    expect(result.cues.join(' ')).toMatch(cue);
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(result.rationale).toMatch(/^(Supports|Opposes|Mixed on|Neutral on) "/);
  });

  it('names the cues in an English rationale', () => {
    const r = detectStance({ text: 'Von den Abzugsforderungen ist die Mission bislang unberührt geblieben.' }, WELCOME_DE, DEFAULT_LEXICON);
    expect(r.rationale).toContain('negative "Abzugsforderungen" (welcome/acceptance)');
    expect(r.rationale).toContain('negated by "unberührt", so counts as positive');
    const c = detectStance({ text: 'We stay only as long as we are welcome.' }, WELCOME_EN, DEFAULT_LEXICON);
    expect(c.rationale).toContain('only under the condition "only as long as"');
  });

  it('lowers confidence for hedged claims', () => {
    const plain = detectStance({ text: 'Die Mission ist im Land geschätzt.' }, WELCOME_DE, DEFAULT_LEXICON);
    const hedged = detectStance({ text: 'Die Mission ist im Land offenbar geschätzt.' }, WELCOME_DE, DEFAULT_LEXICON);
    const flagged = detectStance({ text: 'Die Mission ist im Land geschätzt.', hedged: true }, WELCOME_DE, DEFAULT_LEXICON);
    expect(hedged.stance).toBe('supports');
    expect(hedged.confidence).toBeLessThan(plain.confidence);
    expect(flagged.cues).toContain('hedge:(extractor)');
  });

  it('reads stance relative to a topic that asks about the counter-pole', () => {
    const topic = { label: 'Sind die Arbeitsplätze gefährdet?' };
    expect(resolveTopic(topic, DEFAULT_LEXICON).polarity).toBe(-1);
    const safe = detectStance({ text: 'Die Arbeitsplätze sind sicher.' }, topic, DEFAULT_LEXICON);
    expect(safe.stance).toBe('opposes');
    expect(safe.cues).toContain('topic-polarity:negative');
    const withdraw = { label: 'Should the mission withdraw?' };
    expect(resolveTopic(withdraw, DEFAULT_LEXICON)).toMatchObject({ polarity: -1 });
    expect(detectStance({ text: 'The mission is widely welcomed.' }, withdraw, DEFAULT_LEXICON).stance).toBe('opposes');
  });

  it('infers topic concepts from label and question, or takes them as given', () => {
    expect(resolveTopic(WELCOME_EN, DEFAULT_LEXICON).concepts).toContain('welcome');
    expect(resolveTopic({ label: 'x', concepts: ['jobs'] }, DEFAULT_LEXICON).concepts).toEqual(['jobs']);
  });

  it('uses an edited lexicon passed as data', () => {
    const lexicon = [{ id: 'bridge', label: 'bridge', terms: { de: ['Brücke'], en: ['bridge'] }, opposites: { de: ['Abriss'], en: ['demolition'] } }];
    const topic = { label: 'Keep the bridge?', concepts: ['bridge'] };
    expect(detectStance({ text: 'Residents oppose the demolition.' }, topic, lexicon).cues).toContain('negative:demolition');
  });

  it('matches the annotated stance of every fixture claim', () => {
    for (const pair of FIXTURE_PAIRS) {
      const claims = [...pair.left.claims, ...pair.right.claims];
      for (const topic of pair.topics) {
        for (const id of topic.claimIds.filter((claimId) => pair.stances[claimId])) {
          const result = detectStance(claims.find((c) => c.id === id)!, topic, DEFAULT_LEXICON);
          expect(result.stance, `${id}: ${result.rationale}`).toBe(pair.stances[id]);
          expect(result.cues.length, id).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('stance of the main clause', () => {
  const general = { label: '', concepts: [] as string[] };
  it('lets an earlier stance yield to the present one ("who once backed … are now opposed")', () => {
    expect(detectStance({ text: 'Residents who once backed the scheme are now opposed to it.', lang: 'en' }, general, DEFAULT_LEXICON).stance).toBe('opposes');
    expect(detectStance({ text: 'Der Verein, der das Modell 2018 noch unterstützt hatte, hält es inzwischen für gescheitert.', lang: 'de' }, general, DEFAULT_LEXICON).stance).toBe('opposes');
  });

  it('does not read a capitalised German noun as the lowercase phrase it spells ("das Bad" is not "bad")', () => {
    expect(detectStance({ text: 'Das Bad in Oberaltingen öffnet im Mai.', lang: 'de' }, general, DEFAULT_LEXICON).stance).toBe('neutral');
    expect(detectStance({ text: 'Die Kritik am Bad wächst.', lang: 'de' }, general, DEFAULT_LEXICON).stance).toBe('opposes');
    expect(detectStance({ text: 'The results were bad.', lang: 'en' }, general, DEFAULT_LEXICON).stance).toBe('opposes');
  });

  it('reads "kommt nicht in Frage" and "out of the question" as rejection, "the right decision" as approval', () => {
    expect(detectStance({ text: 'Eine Fusion kommt für uns nicht in Frage.', lang: 'de' }, general, DEFAULT_LEXICON).stance).toBe('opposes');
    expect(detectStance({ text: 'Closing the pool is out of the question.', lang: 'en' }, general, DEFAULT_LEXICON).stance).toBe('opposes');
    expect(detectStance({ text: 'The director now says it was the right decision.', lang: 'en' }, general, DEFAULT_LEXICON).stance).toBe('supports');
  });

  it('weighs a reason clause ("…, citing …") less than the stance itself', () => {
    const r = readStance({ text: 'The union opposes the deal, citing a successful pilot elsewhere.', lang: 'en' }, general, DEFAULT_LEXICON);
    expect(r.result.stance).toBe('opposes');
    expect(r.cues.find((c) => c.surface === 'successful')?.weight).toBeCloseTo(0.4);
  });
});

import { describe, expect, it } from 'vitest';
import { isPronounSpeaker, scoreEvent, speakerTokenF1 } from './spkatt-score';

describe('spkatt scoring', () => {
  it('tells pronoun speakers from named ones', () => {
    for (const p of ['ich', 'Sie', 'wir alle', 'von Ihnen', 'meiner']) expect(isPronounSpeaker(p)).toBe(true);
    for (const n of ['die Bundesregierung', 'der AfD', 'Herr Gauland', 'wir als Union']) expect(isPronounSpeaker(n)).toBe(false);
  });

  it('scores exact (whitespace and case), partial (shared content word), wrong and missing speakers', () => {
    expect(scoreEvent('Die  Bundesregierung', ['die bundesregierung']).outcome).toBe('exact');
    expect(scoreEvent('die Bundesregierung', ['Bundesregierung'])).toMatchObject({ outcome: 'partial', f1: 1 });
    expect(scoreEvent('Bundeskanzlerin Angela Merkel', [null, 'Angela Merkel']).outcome).toBe('partial');
    expect(scoreEvent('der AfD', ['Grünen']).outcome).toBe('wrong');
    expect(scoreEvent('der AfD', [null]).outcome).toBe('no-speaker');
    expect(scoreEvent('der AfD', []).outcome).toBe('no-claim');
    expect(scoreEvent('die Bundesregierung', ['Bundesregierung']).withoutArticle).toBe(true);
    expect(scoreEvent('Herr Gauland', ['Gauland']).withoutArticle).toBe(true);
  });

  it('computes token-overlap F1 on content words', () => {
    expect(speakerTokenF1('Bundesinnenminister Horst Seehofer', 'Horst Seehofer')).toBeCloseTo(0.8);
    expect(speakerTokenF1('der', 'die')).toBe(0);
  });
});

describe('spkatt speech labels', () => {
  it('builds the „Name (Partei):" line from the speech id', async () => {
    const { speechLabel } = await import('./spkatt');
    expect(speechLabel('19002_Zusatzpunkt_3_CDUCSU_Jung_ID19209800_21.11.2017')).toEqual({ speaker: 'Jung', line: 'Jung (CDU/CSU):\n' });
    expect(speechLabel('19059_Tagesordnungspunkt_26_FDP_Kuhle_ID195902200_19.10.2018')?.line).toBe('Kuhle (FDP):\n');
    expect(speechLabel('no-id-here')).toBeNull();
  });
});

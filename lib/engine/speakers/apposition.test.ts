import { describe, expect, it } from 'vitest';
import { extractClaims } from '../index';

const first = (t: string, lang: 'de' | 'en') => extractClaims(t, { lang }).claims[0];

describe('speaker heads: apposition and post-modifiers', () => {
  it('takes the name in apposition to a role (English)', () => {
    expect(first('The health commissioner, Priya Raman, said the clinic would reopen in May.', 'en').speaker).toBe('Priya Raman');
  });

  it('takes the name in apposition to a role with a genitive (German)', () => {
    expect(first('Die Leiterin des Tierheims Nord, Svenja Maurer, sagte, es fehlten 40 Plätze.', 'de').speaker).toBe('Svenja Maurer');
  });

  it('reads a name in apposition to a role as a person the next pronoun points to, whatever its first name', () => {
    const r = extractClaims('Die Präsidentin der Handwerkskammer Ostland, Gerlinde Pfaffenrath, blickt skeptisch auf das Jahr. Im Gespräch sagte sie: „Die Auftragsbücher werden dünner.“', { lang: 'de' });
    expect(r.entities.find((e) => e.canonical === 'Gerlinde Pfaffenrath')?.type).toBe('person');
    expect(r.claims[1].speaker).toBe('Gerlinde Pfaffenrath');
    // Without a role noun before the comma, two capitalised German nouns stay no name.
    expect(extractClaims('Nach dem Umbau der Halle, Kosten Gesamt, folgt der Rest.', { lang: 'de' }).entities.map((e) => e.canonical)).not.toContain('Kosten Gesamt');
  });

  it('keeps the name when the apposition is a description', () => {
    expect(first('Tom Haskell, a former ambassador, said the treaty would collapse.', 'en').speaker).toBe('Tom Haskell');
  });

  it('takes the head noun before a post-modifier, not the noun inside it', () => {
    expect(first('Engineers familiar with the design said the bridge was safe.', 'en').speaker).toBe('Engineers');
    expect(first('Two sources close to the club said the coach would leave.', 'en').speaker).toBe('sources');
    // A two-word compound keeps its plural head ("shop owners", not "shop" or "block").
    expect(first('Two shop owners on Main Street said sales had fallen.', 'en').speaker).toBe('shop owners');
    expect(first('Several other shop owners on the block told similar stories.', 'en').speaker).toBe('shop owners');
    // A participle after the name ends the phrase ("… at Northfield University published Wednesday").
    expect(first('Walking helps, according to a study by researchers at Northfield University published Wednesday.', 'en').speaker).toBe('researchers at Northfield University');
  });
});

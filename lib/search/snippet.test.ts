import { describe, expect, it } from 'vitest';
import { parseMarkedSnippet, plainSnippet, snippetPieces } from './snippet.ts';

const S = '\uE000';
const E = '\uE001';

describe('parseMarkedSnippet', () => {
  it('returns plain text with the ranges of the marked words', () => {
    const r = parseMarkedSnippet(`Unsere ${S}Soldaten${E} bleiben,\n\n sagte ${S}sie${E}.`, S, E);
    expect(r.snippet).toBe('Unsere Soldaten bleiben, sagte sie.');
    expect(r.highlights.map(([s, e]) => r.snippet.slice(s, e))).toEqual(['Soldaten', 'sie']);
  });

  it('keeps markup in the text as text, merges touching marks and ignores unbalanced ones', () => {
    const r = parseMarkedSnippet(`<img src=x onerror=alert(1)> ${S}Nato${E}${S}-Einsatz${E} ${E}end ${S}open`, S, E);
    expect(r.snippet).toBe('<img src=x onerror=alert(1)> Nato-Einsatz end open');
    expect(r.highlights.map(([s, e]) => r.snippet.slice(s, e))).toEqual(['Nato-Einsatz', 'open']);
  });

  it('maps stand-in characters back one for one', () => {
    const r = parseMarkedSnippet(`\uE002b\uE003 ${S}Wort${E}`, S, E, { '\uE002': '<', '\uE003': '>' });
    expect(r.snippet).toBe('<b> Wort');
    expect(r.snippet.slice(...r.highlights[0])).toBe('Wort');
  });

  it('counts offsets in UTF-16 units, as JavaScript slices', () => {
    const r = parseMarkedSnippet(`😀 ${S}Wort${E}`, S, E);
    expect(r.snippet.slice(...r.highlights[0])).toBe('Wort');
  });
});

describe('plainSnippet and snippetPieces', () => {
  it('cuts long text at a word boundary', () => {
    const r = plainSnippet(`${'Wort '.repeat(100)}Ende`, 50);
    expect(r.snippet.length).toBeLessThanOrEqual(52);
    expect(r.snippet.endsWith(' …')).toBe(true);
  });

  it('splits a snippet into marked and unmarked pieces', () => {
    expect(snippetPieces({ snippet: 'a bc d', highlights: [[2, 4]] })).toEqual([
      { text: 'a ', marked: false },
      { text: 'bc', marked: true },
      { text: ' d', marked: false },
    ]);
  });
});

import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runJsonl } from './extract-jsonl';
import { splitLines } from './extract-lines';

describe('splitLines', () => {
  it('splits at \\n, \\r\\n and a lone \\r, keeping the unfinished rest', () => {
    expect(splitLines('a\nb\r\nc\rd')).toEqual({ lines: ['a', 'b', 'c'], rest: 'd' });
    expect(splitLines('a\n\nb\n')).toEqual({ lines: ['a', '', 'b'], rest: '' });
  });

  it('keeps a trailing \\r for the next chunk, whose \\n may complete it', () => {
    expect(splitLines('a\r')).toEqual({ lines: [], rest: 'a\r' });
    expect(splitLines('a\r\nb')).toEqual({ lines: ['a'], rest: 'b' });
  });
});

const runChunks = async (chunks: Buffer[]): Promise<string[]> => {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (c) => (out += c));
  await runJsonl({ stdin: Readable.from(chunks), stdout }, undefined, { workerUrl: null });
  return out.trim().split('\n').map((l) => JSON.parse(l).id);
};

describe('runJsonl on the main thread', () => {
  it('joins lines split across chunks, also inside a multi-byte character and a CRLF', async () => {
    const input = Buffer.from(`${JSON.stringify({ id: 'ä', text: 'Die Straße wird gebaut.' })}\r\n\n${JSON.stringify({ id: 2, text: 'The road will be built.' })}`);
    const cuts = [5, input.indexOf('ß') + 1, input.indexOf('\r') + 1, input.length - 3];
    const chunks = [0, ...cuts].map((start, i) => input.subarray(start, [...cuts, input.length][i]));
    expect(chunks.map((c) => c.length).reduce((a, b) => a + b)).toBe(input.length);
    expect(await runChunks(chunks)).toEqual(['ä', 2]);
  });
});

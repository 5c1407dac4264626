import { describe, expect, it } from 'vitest';
import { lexFiles, nounClasses } from './wordnet';

// Two data.noun lines (offset, lex_filenum, ss_type, w_cnt, words …) and index.noun lines (lemma … offsets by frequency).
const DATA = [
  '10386665 18 n 01 nurse 0 000 | a health professional',
  '02000001 06 n 01 bridge 0 000 | a structure',
  '11000001 18 n 01 Bridges 0 000 | Harry Bridges',
  '01000001 05 n 01 crane 0 000 | a bird',
].join('\n');
const INDEX = [
  'nurse n 2 1 @ 2 0 10386665 02000001',
  'bridge n 1 1 @ 1 0 02000001',
  'bridges n 1 1 @ 1 0 11000001',
  'crane n 1 1 @ 1 0 01000001',
  'head_nurse n 1 1 @ 1 0 10386665',
].join('\n');

describe('nounClasses', () => {
  it('classes single-word lemmas by their first sense and leaves out proper names', () => {
    expect(nounClasses(INDEX, lexFiles(DATA))).toEqual({ animal: ['crane'], person: ['nurse'] });
  });
});

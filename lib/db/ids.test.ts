import { describe, expect, it } from 'vitest';
import { isId } from '../schemas/safe-text.ts';
import { newRowId } from './ids.ts';

describe('newRowId', () => {
  it('makes valid, distinct ids that sort in the order they were made', () => {
    const ids = Array.from({ length: 5000 }, () => newRowId());
    expect(ids.every(isId)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});

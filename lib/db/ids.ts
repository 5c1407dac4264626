import { randomBytes } from 'node:crypto';

// Row ids made in JS, for multi-row inserts that must know a claim's id before its quantities are
// written. Shaped like the cuids Prisma makes (a letter, then base36): time first, then a
// per-process counter, so ids made later sort later, as lists ordered by (createdAt, id) expect.

let counter = 0;

export function newRowId(): string {
  counter = (counter + 1) % 36 ** 4;
  const time = Date.now().toString(36).padStart(9, '0');
  const random = randomBytes(8).toString('hex').slice(0, 12);
  return `c${time}${counter.toString(36).padStart(4, '0')}${random}`;
}

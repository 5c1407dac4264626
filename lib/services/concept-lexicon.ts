import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { safeText } from '../schemas/safe-text.ts';
import { DEFAULT_LEXICON, type ConceptGroup } from '../engine/compare/index.ts';

// The concept lexicon is data: seeded from the engine's defaults once, then edited in the database.

type Row = { id: string; label: string; termsDe: string[]; termsEn: string[]; oppositesDe: string[]; oppositesEn: string[]; weight: number };

function toGroup(r: Row): ConceptGroup {
  const polar = r.oppositesDe.length + r.oppositesEn.length > 0;
  return {
    id: r.id,
    label: r.label,
    terms: { de: r.termsDe, en: r.termsEn },
    ...(polar ? { opposites: { de: r.oppositesDe, en: r.oppositesEn } } : {}),
    ...(r.weight !== 1 ? { weight: r.weight } : {}),
  };
}

function toRow(g: ConceptGroup): Row {
  return {
    id: g.id,
    label: g.label,
    termsDe: g.terms.de,
    termsEn: g.terms.en,
    oppositesDe: g.opposites?.de ?? [],
    oppositesEn: g.opposites?.en ?? [],
    weight: g.weight ?? 1,
  };
}

export async function seedLexicon(db: Db): Promise<number> {
  const result = await db.conceptGroup.createMany({ data: DEFAULT_LEXICON.map(toRow), skipDuplicates: true });
  return result.count;
}

export async function loadLexicon(db: Db): Promise<ConceptGroup[]> {
  let rows = await db.conceptGroup.findMany({ orderBy: { id: 'asc' } });
  if (rows.length === 0) {
    await seedLexicon(db);
    rows = await db.conceptGroup.findMany({ orderBy: { id: 'asc' } });
  }
  return rows.map(toGroup);
}

const termsSchema = z.object({ de: z.array(safeText({ min: 1, max: 80 })).max(200), en: z.array(safeText({ min: 1, max: 80 })).max(200) });
export const lexiconSchema = z
  .array(
    z.object({
      id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'ids are lowercase letters, digits and dashes'),
      label: safeText({ min: 1, max: 120 }),
      terms: termsSchema,
      opposites: termsSchema.optional(),
      weight: z.number().min(0).max(5).optional(),
    }),
  )
  .min(1)
  .refine((groups) => new Set(groups.map((g) => g.id)).size === groups.length, 'concept ids must be unique');

/** Replaces the whole lexicon in one transaction (used by `claimscope lexicon import`). */
export async function replaceLexicon(db: Db, raw: unknown): Promise<number> {
  const parsed = lexiconSchema.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new AppError('BAD_INPUT', `lexicon: ${i.path.join('.') || 'file'}: ${i.message}`);
  }
  const rows = parsed.data.map(toRow);
  await db.$transaction([db.conceptGroup.deleteMany(), db.conceptGroup.createMany({ data: rows })]);
  return rows.length;
}

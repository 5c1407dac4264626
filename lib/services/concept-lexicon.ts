import type { Db } from '../db/client.ts';
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

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { insertClaimsForDocuments } from '../../lib/db/queries/claim-inserts.ts';
import { insertDocuments } from '../../lib/db/queries/document-inserts.ts';
import { newRowId } from '../../lib/db/ids.ts';
import { extractClaimInputs } from '../../lib/services/extract-document-claims.ts';
import { testTargets, type TestDatabase } from './databases.ts';

// Extracted claims go in as one JSON parameter per chunk; anything with other columns through
// Prisma's createMany. Both must store the same rows, search vector and quantities included.

const TEXT =
  'Die Bundeswehr hat nach eigenen Angaben bis zu 4.000 Soldaten in Litauen. „Wir bleiben, solange wir gebraucht werden“, sagte Ministerin Anna Roth. ' +
  'Kritiker befürchten, der Einsatz könnte möglicherweise mehr als 2,5 Milliarden Euro kosten. Das ist ein gefährlicher Fehler!';

const COMPARED = `SELECT c.text, c.start, c."end", c.prefix, c.suffix, c.kind::text, c.voice::text, c.speaker, c.cue, c.hedged, c."hedgeCue", c.negated, c."negationCue",
  c.checkworthiness, c.subjective, c."subjectiveCues", c.reason, c.entities, c.origin::text, c.status::text, c."searchVector"::text AS vector,
  (SELECT json_agg(json_build_object('value', q.value, 'low', q.low, 'high', q.high, 'unit', q.unit, 'qualifier', q.qualifier::text, 'subject', q.subject, 'text', q.text, 'start', q.start, 'end', q."end") ORDER BY q.start)
     FROM "Quantity" q WHERE q."claimId" = c.id) AS quantities
  FROM "Claim" c WHERE c."documentId" = $1 ORDER BY c.start`;

describe.each(testTargets)('bulk claim inserts on $name', ({ open }) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await open();
    await applyMigrations(t.url);
  });
  afterAll(async () => t?.dispose());

  it('stores the same rows through the JSON path as through createMany', async () => {
    const make = (hash: string) => t.db.document.create({ data: { title: hash, text: TEXT, language: 'de', contentHash: hash }, select: { id: true } });
    const [a, b] = [await make('json-path'), await make('create-many')];
    const extracted = extractClaimInputs(TEXT, 'de').claims;
    // A prefix cut inside a surrogate pair (offsets count UTF-16 units) holds a lone half.
    const claims = extracted.map((c, i) => (i === 1 ? { ...c, prefix: `\uD83D${c.prefix}`, suffix: `${c.suffix}\uDE00x` } : c));
    expect(claims.some((c) => c.quantities.some((q) => q.qualifier === 'up_to'))).toBe(true);
    await t.db.$transaction((tx) => insertClaimsForDocuments(tx, [{ documentId: a.id, claims }]));
    // A column outside the extracted set sends the rows through createMany.
    await t.db.$transaction((tx) => insertClaimsForDocuments(tx, [{ documentId: b.id, claims: claims.map((c) => ({ ...c, createdById: null })) }]));
    const rows = async (id: string) => (await t.db.$queryRawUnsafe<Record<string, unknown>[]>(COMPARED, id));
    const [viaJson, viaPrisma] = [await rows(a.id), await rows(b.id)];
    expect(viaJson.length).toBe(claims.length);
    expect(viaJson).toEqual(viaPrisma);
    expect(String(viaJson[0].vector)).toContain('bundeswehr');
    expect(viaJson[1].prefix).toMatch(/^\uFFFD/);
  });

  it('stores queued documents through the JSON path as createMany does', async () => {
    const row = (hash: string) => ({
      id: newRowId(), title: `Titel ${hash}`, authors: ['Anna Roth', 'Jonas Vogt'], url: 'https://example.org/a', language: 'de', publishedAt: new Date('2020-02-13T00:00:00Z'),
      datePrecision: 'month' as const, text: `${TEXT} ${hash}`, contentHash: hash, kind: 'commentary' as const, format: 'markdown' as const, extractionStatus: 'queued' as const,
      extractionUpdatedAt: new Date('2026-12-04T10:11:12.345Z'),
    });
    const [a, b] = [row('doc-json'), row('doc-create-many')];
    await t.db.$transaction((tx) => insertDocuments(tx, [a]));
    await t.db.document.createMany({ data: [b] });
    const read = (id: string) => t.db.document.findUniqueOrThrow({ where: { id }, omit: { id: true, contentHash: true, text: true, title: true, createdAt: true, updatedAt: true } });
    expect(await read(a.id)).toEqual(await read(b.id));
    const stamps = await t.db.document.findUniqueOrThrow({ where: { id: a.id }, select: { createdAt: true, updatedAt: true } });
    expect(Math.abs(stamps.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    const [{ matches }] = await t.db.$queryRawUnsafe<{ matches: boolean }[]>(`SELECT "searchVector" @@ to_tsquery('german', 'bundeswehr') AS matches FROM "Document" WHERE id = $1`, a.id);
    expect(matches).toBe(true);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { AppError } from '../../lib/errors.ts';
import { importDocument } from '../../lib/services/import-document.ts';
import { showDocument } from '../../lib/services/show-document.ts';
import { searchClaimsAndDocuments, type SearchOutcome } from '../../lib/services/search.ts';
import type { RawSearchInput } from '../../lib/schemas/search.ts';
import { allRowCounts } from './all-row-counts.ts';
import { spawnCli } from './cli-process.ts';
import { testTargets, type TestDatabase } from './databases.ts';

// Search on both databases: stemming in each document's language, trigram matches on names,
// every filter against a direct Prisma count, facets, pagination, sorts and bad input.

const dir = path.resolve('tests/fixtures/search');
const docs = [
  { file: 'bundeswehr-2021.de.md', meta: { title: 'Bundeswehr bleibt ein weiteres Jahr', authors: ['Katrin Oberländer'], outlet: 'Morgenpost Kiel', published: '2021-03-09', language: 'de' as const, kind: 'article' as const } },
  { file: 'plant-2022.en.md', meta: { title: 'Van production moves to Leeds', authors: ['Priya Raman'], outlet: 'Northern Ledger', published: '2022-11', language: 'en' as const, kind: 'article' as const } },
  { file: 'soldiers-2023.en.md', meta: { title: 'Fewer soldiers abroad', authors: ['Thomas Reinhardt'], outlet: 'Morgenpost Kiel', published: '2023', language: 'en' as const, kind: 'article' as const } },
];

const ids = (o: SearchOutcome, type?: 'claim' | 'document') => o.results.filter((r) => !type || r.type === type).map((r) => r.id).sort();
const marked = (o: SearchOutcome) => o.results.flatMap((r) => r.highlights.map(([s, e]) => r.snippet.slice(s, e)));

describe.each(testTargets)('search on $name', ({ open }) => {
  let t: TestDatabase;
  let docIds: string[];
  let topicId: string;
  const search = (input: RawSearchInput) => searchClaimsAndDocuments(t.db, { limit: 100, ...input });
  const claimIds = async (where: object) => (await t.db.claim.findMany({ where: { deletedAt: null, ...where }, select: { id: true } })).map((c) => c.id).sort();

  beforeAll(async () => {
    t = await open();
    await applyMigrations(t.url);
    docIds = [];
    for (const d of docs) docIds.push((await importDocument(t.db, { text: fs.readFileSync(path.join(dir, d.file), 'utf8'), meta: d.meta, name: d.file })).id);
    // Stance links to one topic (a rejected one must not count), and a status to filter on.
    const quotes = await t.db.claim.findMany({ where: { kind: 'quote' }, orderBy: { documentId: 'asc' } });
    const topic = await t.db.topic.create({ data: { label: 'Troops abroad' } });
    topicId = topic.id;
    const [first, second, third] = quotes;
    await t.db.claimTopic.create({ data: { claimId: first.id, topicId, stance: 'supports' } });
    await t.db.claimTopic.create({ data: { claimId: second.id, topicId, stance: 'opposes', status: 'accepted' } });
    await t.db.claimTopic.create({ data: { claimId: third.id, topicId, stance: 'mixed', status: 'rejected' } });
    await t.db.claim.update({ where: { id: second.id }, data: { status: 'accepted' } });
  });
  afterAll(async () => t?.dispose());

  it('stems German: "Soldat" finds the German claim that says "Soldaten"', async () => {
    const r = await search({ q: 'Soldat' });
    const german = await claimIds({ documentId: docIds[0], text: { contains: 'Unsere Soldaten' } });
    expect(german).toHaveLength(1);
    expect(ids(r, 'claim')).toEqual(expect.arrayContaining(german));
    expect(marked(r)).toContain('Soldaten');
    expect(r.results.find((x) => x.id === german[0])?.href).toBe(`/documents/${docIds[0]}#claim-${german[0]}`);
  });

  it('stems English: "employee" finds the English claims that say "employees"', async () => {
    const r = await search({ q: 'employee', type: 'claim' });
    const english = await claimIds({ text: { contains: 'mployees' } });
    expect(english.length).toBeGreaterThanOrEqual(2);
    expect(ids(r)).toEqual(english);
    expect(marked(r).map((m) => m.toLowerCase())).toContain('employees');
    expect(r.results.every((x) => x.language === 'en')).toBe(true);
  });

  it('finds a speaker by a misspelt name, and a document by a misspelt author', async () => {
    const r = await search({ q: 'Hollenbeck' });
    const hers = await claimIds({ speaker: { contains: 'Hollenbach' } });
    expect(hers.length).toBe(2);
    expect(ids(r, 'claim')).toEqual(hers);
    const byAuthor = await search({ q: 'Reinhart' });
    expect(ids(byAuthor, 'document')).toEqual([docIds[2]]);
    const speaker = await search({ speaker: 'Hollenbak' });
    expect(ids(speaker)).toEqual(hers);
  });

  it('narrows by each filter exactly as a direct count says', async () => {
    const [de, en1, en2] = docIds;
    const cases: [RawSearchInput, string[], string[]][] = [
      [{ source: 'morgenpost kiel' }, await claimIds({ documentId: { in: [de, en2] } }), [de, en2]],
      [{ author: 'Priya' }, await claimIds({ documentId: en1 }), [en1]],
      [{ from: '2022', to: '2022-12-31' }, await claimIds({ documentId: en1 }), [en1]],
      [{ from: '2022-12' }, await claimIds({ documentId: en2 }), [en2]],
      [{ to: '2021' }, await claimIds({ documentId: de }), [de]],
      [{ language: 'en' }, await claimIds({ documentId: { in: [en1, en2] } }), [en1, en2]],
      [{ kind: 'quote' }, await claimIds({ kind: 'quote' }), []],
      [{ stance: 'opposes' }, await claimIds({ topics: { some: { stance: 'opposes', status: { not: 'rejected' } } } }), []],
      [{ stance: 'mixed' }, [], []],
      [{ topic: topicId }, await claimIds({ topics: { some: { topicId, status: { not: 'rejected' } } } }), []],
      [{ status: 'accepted' }, await claimIds({ status: 'accepted' }), []],
      [{ type: 'document', language: 'de' }, [], [de]],
    ];
    for (const [input, claims, documents] of cases) {
      const r = await search(input);
      expect({ input, claims: ids(r, 'claim'), documents: ids(r, 'document') }).toEqual({ input, claims, documents: [...documents].sort() });
      expect(r.total).toBe(claims.length + documents.length);
    }
    // With a query, a filter keeps exactly the matching part of the unfiltered hits.
    const all = await search({ q: 'soldiers or Soldaten or employees' });
    const en = await search({ q: 'soldiers or Soldaten or employees', language: 'en' });
    expect(ids(en)).toEqual(all.results.filter((x) => x.language === 'en').map((x) => x.id).sort());
    expect(ids(en).length).toBeLessThan(ids(all).length);
  });

  it('counts facets over the hits under the other filters, as direct counts do', async () => {
    const r = await search({ language: 'en', kind: 'quote' });
    const en = { document: { language: 'en' }, deletedAt: null };
    const byKind = await t.db.claim.groupBy({ by: ['kind'], where: en, _count: true });
    expect(r.facets.kind).toEqual(Object.fromEntries(byKind.map((g) => [g.kind, g._count])));
    const quotes = { kind: 'quote' as const, deletedAt: null };
    const byLanguage = await t.db.claim.findMany({ where: quotes, select: { document: { select: { language: true } } } });
    const languageCounts: Record<string, number> = {};
    for (const c of byLanguage) languageCounts[c.document.language] = (languageCounts[c.document.language] ?? 0) + 1;
    expect(r.facets.language).toEqual(languageCounts);
    const enQuotes = { ...quotes, document: { language: 'en' } };
    expect(r.facets.status).toEqual({ suggested: await t.db.claim.count({ where: { ...enQuotes, status: 'suggested' } }), ...(await statusAccepted(enQuotes)) });
    expect(r.facets.stance).toEqual({ opposes: await t.db.claim.count({ where: { ...enQuotes, topics: { some: { stance: 'opposes', status: { not: 'rejected' } } } } }) });
    expect(r.facets.type).toEqual({ claim: r.total });
    const sources = await search({ q: 'soldiers or Soldaten' });
    const perSource: Record<string, number> = {};
    for (const x of sources.results) if (x.source) perSource[x.source] = (perSource[x.source] ?? 0) + 1;
    expect(sources.facets.source).toEqual(perSource);
    expect(Object.values(sources.facets.type).reduce((a, b) => a + b, 0)).toBe(sources.total);
  });

  async function statusAccepted(where: object) {
    const n = await t.db.claim.count({ where: { ...where, status: 'accepted' } });
    return n ? { accepted: n } : {};
  }

  it('pages through the hits and sorts by relevance or date', async () => {
    const input = { q: 'soldiers or Soldaten or employees or job' };
    const whole = await search(input);
    expect(whole.total).toBeGreaterThan(4);
    const pages: string[] = [];
    for (let offset = 0; offset < whole.total; offset += 2) {
      const page = await search({ ...input, limit: 2, offset });
      expect(page.total).toBe(whole.total);
      expect(page.results.length).toBeLessThanOrEqual(2);
      pages.push(...page.results.map((x) => `${x.type}:${x.id}`));
    }
    expect(pages).toEqual(whole.results.map((x) => `${x.type}:${x.id}`));
    expect((await searchClaimsAndDocuments(t.db, input)).results.length).toBe(Math.min(20, whole.total));
    const scores = whole.results.map((x) => x.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const byDate = await search({ ...input, sort: 'date' });
    const dates = byDate.results.map((x) => x.published ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(dates).size).toBeGreaterThan(1);
  });

  it('refuses bad input with BAD_INPUT and changes nothing', async () => {
    const before = await allRowCounts(t.db);
    const bad: [RawSearchInput, RegExp][] = [
      [{}, /give a search query or at least one filter/],
      [{ q: '   ' }, /give a search query or at least one filter/],
      [{ q: 'Soldat', limit: 10000 }, /limit: must be at most 100/],
      [{ q: 'Soldat', limit: 0 }, /limit: must be at least 1/],
      [{ q: 'Soldat', from: '2021-13-01' }, /from: /],
      [{ q: 'Soldat', to: 'yesterday' }, /to: /],
      [{ q: 'Soldat', from: '2023', to: '2021' }, /from must not be after to/],
      [{ q: 'Soldat', kind: 'rumour' }, /kind: /],
      [{ q: 'Soldat\u0000' }, /q: contains the control character U\+0000/],
      [{ q: 'Soldat', topic: "1' OR '1'='1" }, /topic: is not a valid id/],
    ];
    for (const [input, message] of bad) {
      const e = await searchClaimsAndDocuments(t.db, input).catch((x: unknown) => x);
      expect(e, JSON.stringify(input)).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('BAD_INPUT');
      expect((e as AppError).userMessage).toMatch(message);
    }
    expect(await allRowCounts(t.db)).toEqual(before);
  });

  it('treats SQL and markup in the query as text', async () => {
    const r = await search({ q: "Soldat'); DROP TABLE \"Claim\"; --" });
    expect(r.total).toBeGreaterThanOrEqual(0);
    expect(await t.db.claim.count()).toBeGreaterThan(0);
    const m = await search({ q: '<mark>Soldat</mark>' });
    expect(m.results.every((x) => !x.snippet.includes('\uE000'))).toBe(true);
    // Markup in the text comes back as text, with the highlight on the word.
    const claim = await t.db.claim.findFirstOrThrow({ where: { documentId: docIds[2], kind: 'quote' } });
    await t.db.claim.update({ where: { id: claim.id }, data: { text: `${claim.text} <img src=x onerror=alert(1)> & <b>Kasernen</b>` } });
    const tagged = (await search({ q: 'Kasernen', type: 'claim' })).results;
    expect(tagged).toHaveLength(1);
    expect(tagged[0].snippet).toBe(`${claim.text} <img src=x onerror=alert(1)> & <b>Kasernen</b>`);
    expect(tagged[0].highlights.map(([s, e]) => tagged[0].snippet.slice(s, e))).toEqual(['Kasernen']);
    await t.db.claim.update({ where: { id: claim.id }, data: { text: claim.text } });
  });

  it('keeps claim vectors in step with text and document language', async () => {
    const claim = await t.db.claim.findFirstOrThrow({ where: { documentId: docIds[1], kind: 'quote' } });
    await t.db.claim.update({ where: { id: claim.id }, data: { text: `${claim.text} Kurzarbeit droht.` } });
    expect(ids(await search({ q: 'Kurzarbeit' }))).toEqual([claim.id]);
    // German stemming once the document is German: "Kurzarbeiten" stems like "Kurzarbeit".
    expect(ids(await search({ q: 'Kurzarbeiten', type: 'claim' }))).toEqual([]);
    await t.db.document.update({ where: { id: docIds[1] }, data: { language: 'de' } });
    expect(ids(await search({ q: 'Kurzarbeiten', type: 'claim' }))).toEqual([claim.id]);
    await t.db.document.update({ where: { id: docIds[1] }, data: { language: 'en' } });
    await t.db.claim.update({ where: { id: claim.id }, data: { text: claim.text } });
    expect(ids(await search({ q: 'Kurzarbeit' }))).toEqual([]);
  });

  it('claimscope search --json prints { total, results, facets }', async () => {
    const run = await spawnCli(['search', 'Soldat', '--lang', 'de', '--json'], t.url);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { total: number; results: Record<string, unknown>[]; facets: Record<string, unknown> };
    expect(Object.keys(out)).toEqual(['total', 'results', 'facets']);
    expect(out.total).toBe(out.results.length);
    expect(out.total).toBeGreaterThan(0);
    for (const r of out.results) {
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['type', 'id', 'documentId', 'text', 'snippet', 'score']));
      expect(['claim', 'document']).toContain(r.type);
      expect(r.documentId).toBe(docIds[0]);
    }
    expect(Object.keys(out.facets).sort()).toEqual(['kind', 'language', 'source', 'stance', 'status', 'type']);
    const bad = await spawnCli(['search', '--limit', '10000'], t.url);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^claimscope: search: .*limit: must be at most 100/);
  });

  it('claimscope show prints a document with its claims, and refuses an unknown id', async () => {
    const shown = await showDocument(t.db, docIds[0]);
    expect(shown).toMatchObject({ id: docIds[0], title: docs[0].meta.title, authors: docs[0].meta.authors, outlet: 'Morgenpost Kiel', published: '2021-03-09', language: 'de', url: null });
    expect(shown.claims.length).toBe(await t.db.claim.count({ where: { documentId: docIds[0], deletedAt: null } }));
    for (const c of shown.claims) expect(shown.text.slice(c.start, c.end)).toBe(c.quote);
    const json = await spawnCli(['show', docIds[0], '--json'], t.url);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(shown);
    const text = await spawnCli(['show', docIds[0]], t.url);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('title:     Bundeswehr bleibt ein weiteres Jahr');
    expect(text.stdout).toContain('Stefanie Hollenbach: „Unsere Soldaten');
    const missing = await spawnCli(['show', 'cm0000000000000000000000'], t.url);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe('claimscope: no document with id cm0000000000000000000000');
  });
});

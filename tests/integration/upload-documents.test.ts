import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import type { JobQueue } from '../../lib/jobs/queue.ts';
import { previewDocuments } from '../../lib/services/preview-documents.ts';
import { saveUploadedDocuments } from '../../lib/services/save-uploaded-documents.ts';
import { EXTRACTION_QUEUE } from '../../lib/services/run-extraction-job.ts';
import { allRowCounts } from './all-row-counts.ts';
import { testTargets, type TestDatabase } from './databases.ts';

// The upload page's two steps as services: preview writes nothing; save stores each good item on
// its own (queued for extraction), refuses a bad one without a trace and reports a duplicate.

const bytes = (s: string) => new TextEncoder().encode(s);
const noMeta = { title: '', authors: '', outlet: '', url: '', published: '', language: '', kind: '' };
const good = 'The council approved the budget of 12 million euros on Monday. Critics say that is too much.';

/** A queue that records what was sent (no worker: these tests are about storing). */
function recordingQueue(): JobQueue & { sent: unknown[] } {
  const sent: unknown[] = [];
  return {
    kind: 'in-process',
    sent,
    define: async () => {},
    enqueue: async (name: string, data: object) => (sent.push({ name, data }), 'id'),
    enqueueMany: async (name: string, jobs: { data: object }[]) => void sent.push(...jobs.map((j) => ({ name, data: j.data }))),
    work: async () => {},
    workBatch: async () => {},
    stop: async () => {},
  };
}

describe.each(testTargets)('upload services on $name', ({ open }) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await open();
    await applyMigrations(t.url);
  });
  afterAll(async () => t?.dispose());

  it('preview reads each item or says why not, and writes nothing', async () => {
    const before = await allRowCounts(t.db);
    const items = await previewDocuments({
      items: [
        { kind: 'file', name: 'a.md', bytes: bytes(`date 2020-02\n# Budget day\n\n${good}`) },
        { kind: 'text', name: 'pasted text', text: 'Der Rat hat am Montag den Haushalt beschlossen. Kritiker halten ihn für zu teuer.' },
        { kind: 'file', name: 'binary.txt', bytes: new Uint8Array([0x41, 0, 0x42]) },
        { kind: 'url', url: 'javascript:alert(1)' },
      ],
    });
    expect(items[0]).toMatchObject({ ok: true, name: 'a.md', format: 'markdown', meta: { title: 'Budget day', published: '2020-02', language: 'en', kind: 'article' } });
    expect(items[0].ok && items[0].excerpt.startsWith('# Budget day')).toBe(true);
    expect(items[1]).toMatchObject({ ok: true, meta: { language: 'de' } });
    expect(items[2]).toMatchObject({ ok: false, name: 'binary.txt', reason: expect.stringContaining('binary') });
    expect(items[3]).toMatchObject({ ok: false, reason: expect.stringContaining('http') });
    expect(await allRowCounts(t.db)).toEqual(before);
  });

  it('save stores the good items queued, refuses a bad one without a trace and reports a duplicate as unchanged', async () => {
    const queue = recordingQueue();
    const [first] = await saveUploadedDocuments(t.db, queue, { items: [{ source: { kind: 'file', name: 'first.txt', bytes: bytes(good) }, meta: noMeta }] });
    expect(first).toMatchObject({ status: 'created' });
    const before = await allRowCounts(t.db);

    const results = await saveUploadedDocuments(t.db, queue, {
      items: [
        { source: { kind: 'file', name: 'bad-date.txt', bytes: bytes('A text with a bad date. It says nothing else.') }, meta: { ...noMeta, published: '9999-12-31' } },
        { source: { kind: 'file', name: 'bad-url.txt', bytes: bytes('Another text. It has a bad address.') }, meta: { ...noMeta, url: 'javascript:alert(1)' } },
        { source: { kind: 'file', name: 'again.txt', bytes: bytes(good) }, meta: { ...noMeta, title: 'Another title' } },
        { source: { kind: 'text', name: 'pasted text', text: 'The mayor said the tram line will cost 40 million euros.' }, meta: { ...noMeta, title: 'Tram costs', authors: 'Lee, Ann; Bo Berg', outlet: 'Daily', published: '2024-05', language: 'en', kind: 'report' } },
      ],
    });
    expect(results.map((r) => r.status)).toEqual(['refused', 'refused', 'unchanged', 'created']);
    expect(results[0]).toMatchObject({ reason: expect.stringContaining('out of range') });
    expect(results[1]).toMatchObject({ reason: expect.stringMatching(/bad-url\.txt: .*(http|URL|url)/) });
    expect(results[2]).toMatchObject({ id: first.status === 'refused' ? '' : first.id });

    // Exactly one document and one source more; nothing of the refused items.
    const after = await allRowCounts(t.db);
    expect(after).toEqual({ ...before, Document: before.Document + 1, Source: before.Source + 1 });
    const created = results[3].status === 'created' ? results[3].id : '';
    const doc = await t.db.document.findUniqueOrThrow({ where: { id: created }, include: { source: true, _count: { select: { claims: true } } } });
    expect(doc).toMatchObject({ title: 'Tram costs', authors: ['Lee, Ann', 'Bo Berg'], kind: 'report', datePrecision: 'month', extractionStatus: 'queued', engineVersion: null, format: 'text', source: { name: 'Daily' }, _count: { claims: 0 } });
    // Jobs were sent for the created documents only.
    expect(queue.sent).toEqual([first, results[3]].map((r) => ({ name: EXTRACTION_QUEUE, data: { documentId: r.status === 'refused' ? '' : r.id } })));
  });

  it('refuses a malformed request as a whole', async () => {
    const before = await allRowCounts(t.db);
    await expect(saveUploadedDocuments(t.db, recordingQueue(), { items: [] })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(saveUploadedDocuments(t.db, recordingQueue(), { items: [{ source: { kind: 'file', name: 'x.txt' }, meta: noMeta }] })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    expect(await allRowCounts(t.db)).toEqual(before);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { applyMigrations } from '../../lib/db/migrate.ts';
import type { Actor } from '../../lib/auth/policy.ts';
import { actionDefs } from '../../lib/actions/action-defs.ts';
import { topicActionDefs } from '../../lib/actions/topic-action-defs.ts';
import { executeAction, type ActionDef } from '../../lib/actions/run-action.ts';
import { isAppError } from '../../lib/errors.ts';
import { describeIssues } from '../../lib/schemas/safe-text.ts';
import { latestPublishedYear } from '../../lib/schemas/document.ts';
import { createClaim } from '../../lib/services/create-claim.ts';
import { importDocument } from '../../lib/services/import-document.ts';
import { updateDocumentText } from '../../lib/services/update-document-text.ts';
import { loadLexicon, replaceLexicon } from '../../lib/services/concept-lexicon.ts';
import { compareWithSuggestions } from '../../lib/services/compare-prepared.ts';
import { getDocument } from '../../lib/db/queries/documents.ts';
import { getClaim } from '../../lib/db/queries/claims.ts';
import { getTopic } from '../../lib/db/queries/topics.ts';
import { listReviewClaims, reviewFilterSchema } from '../../lib/db/queries/review.ts';
import { testTargets, type TestDatabase } from './databases.ts';
import { makeDocument, makeTopic, makeUsers } from './claim-fixtures.ts';
import { allRowCounts } from './all-row-counts.ts';

// Bad input through the services behind server actions and uploads: every case must end in a
// clear error naming the problem, never a 500, and leave every table exactly as it was.

const defs: Record<string, ActionDef<unknown>> = { ...actionDefs, ...topicActionDefs };
type Outcome = { code: string; message: string };
type Ctx = {
  t: TestDatabase;
  users: Awaited<ReturnType<typeof makeUsers>>;
  docId: string;
  docB: string;
  claimId: string;
  topicId: string;
  linkId: string;
  revisionId: string;
};
type Case = [label: string, run: (c: Ctx) => Promise<Outcome>, code: string, message: RegExp];

async function action(c: Ctx, name: string, input: unknown, actor: Actor = c.users.admin): Promise<Outcome> {
  const r = await executeAction(defs[name], actor, input, async () => c.t.db);
  return r.ok ? { code: 'OK', message: JSON.stringify(r.data) } : { code: r.code, message: r.error };
}

async function service(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return { code: 'OK', message: '' };
  } catch (e) {
    if (isAppError(e)) return { code: e.code, message: e.userMessage };
    if (e instanceof ZodError) return { code: 'BAD_INPUT', message: describeIssues(e.issues) };
    return { code: 'UNCAUGHT', message: String(e) };
  }
}

const controls: [string, string, RegExp][] = [
  ['NUL', '\u0000', /U\+0000/],
  ['BEL', '\u0007', /U\+0007/],
  ['ESC', '\u001B', /U\+001B/],
  ['DEL', '\u007F', /U\+007F/],
  ['NEL (C1)', '\u0085', /U\+0085/],
  ['CSI (C1)', '\u009B', /U\+009B/],
  ['a lone surrogate', '\uD800', /lone surrogate/],
];
const badIds: [string, string][] = [
  ['a NUL byte', 'abc\u0000'],
  ['a path', '../etc/passwd'],
  ['SQL', "x' OR '1'='1"],
  ['65 characters', 'a'.repeat(65)],
  ['an empty string', ''],
];
const NUL = '\u0000';
const invalidId = /not a valid id/;
const doc = (meta: Record<string, unknown>, text = 'The council approved 40 million euros for the tram.') => ({ text, name: 'upload.txt', meta: { authors: [], kind: 'article', language: 'en', ...meta } });
const importMeta = (meta: Record<string, unknown>) => (c: Ctx) => service(() => importDocument(c.t.db, doc(meta) as never));
const nextYearPlusOne = String(latestPublishedYear() + 1);

const cases: Case[] = [
  ...controls.map(([name, ch, msg]): Case => [`comment body with ${name}`, (c) => action(c, 'createComment', { claimId: c.claimId, body: `Looks wrong${ch} to me` }), 'BAD_INPUT', new RegExp(`body: .*${msg.source}`)]),
  ['comment body over 4000 characters', (c) => action(c, 'createComment', { claimId: c.claimId, body: 'x'.repeat(4001) }), 'BAD_INPUT', /body: is too long \(at most 4000/],
  ['comment body empty', (c) => action(c, 'createComment', { claimId: c.claimId, body: '   ' }), 'BAD_INPUT', /body: A comment needs some text/],
  ...badIds.slice(0, 4).map(([name, id]): Case => [`comment claimId with ${name}`, (c) => action(c, 'createComment', { claimId: id, body: 'fine' }), 'BAD_INPUT', /claimId: is not a valid id/]),
  ['comment topicId with NUL', (c) => action(c, 'createComment', { topicId: `${c.topicId}${NUL}`, body: 'fine' }), 'BAD_INPUT', /topicId: is not a valid id/],
  ...controls.slice(0, 3).map(([name, ch, msg]): Case => [`topic label with ${name}`, (c) => action(c, 'createTopic', { label: `Tram ${ch}cost` }), 'BAD_INPUT', new RegExp(`label: .*${msg.source}`)]),
  ['topic label over 200 characters', (c) => action(c, 'createTopic', { label: 'T'.repeat(201) }), 'BAD_INPUT', /label: is too long/],
  ['topic question with NUL', (c) => action(c, 'createTopic', { label: 'Tram cost', question: `Too much${NUL}?` }), 'BAD_INPUT', /question: .*U\+0000/],
  ['topic question over 500 characters', (c) => action(c, 'createTopic', { label: 'Tram cost', question: 'q'.repeat(501) }), 'BAD_INPUT', /question: is too long/],
  ['topic rename label with NUL', (c) => action(c, 'renameTopic', { id: c.topicId, version: 1, label: `New${NUL}` }), 'BAD_INPUT', /label: .*U\+0000/],
  ['topic rename with a malformed id', (c) => action(c, 'renameTopic', { id: `x${NUL}`, version: 1, label: 'New label' }), 'BAD_INPUT', /id: is not a valid id/],
  ['topic merge with a malformed source id', (c) => action(c, 'mergeTopics', { targetId: c.topicId, sourceIds: [NUL] }), 'BAD_INPUT', /sourceIds\.0: is not a valid id/],
  ['topic delete with a malformed id', (c) => action(c, 'deleteTopic', { id: "1; DROP TABLE \"Topic\"", version: 1 }), 'BAD_INPUT', invalidId],
  ['topic suggestion with a malformed document id', (c) => action(c, 'suggestTopics', [c.docId, `${c.docB}${NUL}`]), 'BAD_INPUT', /1: is not a valid id/],
  ...controls.slice(0, 2).map(([name, ch, msg]): Case => [`claim speaker with ${name}`, (c) => action(c, 'updateClaim', { id: c.claimId, version: 1, speaker: `Mayor${ch}` }), 'BAD_INPUT', new RegExp(`speaker: .*${msg.source}`)]),
  ['claim speaker over 200 characters', (c) => action(c, 'updateClaim', { id: c.claimId, version: 1, speaker: 's'.repeat(201) }), 'BAD_INPUT', /speaker: is too long/],
  ['claim cue with NUL', (c) => action(c, 'updateClaim', { id: c.claimId, version: 1, cue: `said${NUL}` }), 'BAD_INPUT', /cue: .*U\+0000/],
  ['claim quantity text with NUL', (c) => action(c, 'updateClaim', { id: c.claimId, version: 1, quantities: [{ text: `40${NUL}`, value: 40, unit: null }] }), 'BAD_INPUT', /quantities\.0\.text: .*U\+0000/],
  ['claim quantity unit with ESC', (c) => action(c, 'updateClaim', { id: c.claimId, version: 1, quantities: [{ text: '40', value: 40, unit: '\u001B[31m' }] }), 'BAD_INPUT', /quantities\.0\.unit: .*U\+001B/],
  ['claim quantity value not finite', (c) => action(c, 'updateClaim', { id: c.claimId, version: 1, quantities: [{ text: '40', value: Infinity }] }), 'BAD_INPUT', /quantities\.0\.value/],
  ...badIds.map(([name, id]): Case => [`claim update with an id with ${name}`, (c) => action(c, 'updateClaim', { id, version: 1, kind: 'quote' }), 'BAD_INPUT', /id: /]),
  ['claim update with a string version', (c) => action(c, 'updateClaim', { id: c.claimId, version: '1', kind: 'quote' }), 'BAD_INPUT', /version: /],
  ['claim update with an unknown kind', (c) => action(c, 'updateClaim', { id: c.claimId, version: 1, kind: 'rumour' }), 'BAD_INPUT', /kind: /],
  ['claim create with a speaker with NUL', (c) => action(c, 'createClaim', { documentId: c.docId, start: 0, end: 10, speaker: `X${NUL}` }), 'BAD_INPUT', /speaker: .*U\+0000/],
  ['claim create with a malformed document id', (c) => action(c, 'createClaim', { documentId: `${c.docId}${NUL}`, start: 0, end: 10 }), 'BAD_INPUT', /documentId: is not a valid id/],
  ['claim create with end before start', (c) => action(c, 'createClaim', { documentId: c.docId, start: 10, end: 5 }), 'BAD_INPUT', /end: The end must come after the start/],
  ['claim delete with a malformed id', (c) => action(c, 'deleteClaim', { id: NUL, version: 1 }), 'BAD_INPUT', invalidId],
  ['claim restore with a malformed id', (c) => action(c, 'restoreClaim', { id: `${NUL}${NUL}`, version: 1 }), 'BAD_INPUT', invalidId],
  ['review comment with NUL', (c) => action(c, 'setClaimStatus', { items: [{ id: c.claimId, version: 1 }], status: 'accepted', comment: `ok${NUL}` }), 'BAD_INPUT', /comment: .*U\+0000/],
  ['review comment over 2000 characters', (c) => action(c, 'setClaimStatus', { items: [{ id: c.claimId, version: 1 }], status: 'accepted', comment: 'c'.repeat(2001) }), 'BAD_INPUT', /comment: is too long/],
  ['review item with a malformed id', (c) => action(c, 'setClaimStatus', { items: [{ id: `${c.claimId}${NUL}`, version: 1 }], status: 'accepted' }), 'BAD_INPUT', /items\.0\.id: is not a valid id/],
  ['link review with a malformed id', (c) => action(c, 'setLinkStatus', { items: [{ id: NUL, version: 1 }], status: 'rejected' }), 'BAD_INPUT', /items\.0\.id: is not a valid id/],
  ['link review comment with BEL', (c) => action(c, 'setLinkStatus', { items: [{ id: c.linkId, version: 1 }], status: 'rejected', comment: 'no\u0007' }), 'BAD_INPUT', /comment: .*U\+0007/],
  ['assign claim to a malformed user id', (c) => action(c, 'assignClaim', { id: c.claimId, version: 1, assigneeId: `u${NUL}` }), 'BAD_INPUT', /assigneeId: is not a valid id/],
  ['assign link with a malformed id', (c) => action(c, 'assignLink', { id: `l${NUL}`, version: 1, assigneeId: null }), 'BAD_INPUT', /id: is not a valid id/],
  ['link claim to a malformed topic id', (c) => action(c, 'linkClaimTopic', { claimId: c.claimId, topicId: `t${NUL}`, stance: 'supports' }), 'BAD_INPUT', /topicId: is not a valid id/],
  ['link claim with an unknown stance', (c) => action(c, 'linkClaimTopic', { claimId: c.claimId, topicId: c.topicId, stance: 'hates' }), 'BAD_INPUT', /stance: /],
  ['unlink with a malformed link id', (c) => action(c, 'unlinkClaimTopic', { linkId: `${c.linkId}${NUL}` }), 'BAD_INPUT', /linkId: is not a valid id/],
  ['restore a revision with a malformed id', (c) => action(c, 'restoreClaimRevision', { claimId: c.claimId, revisionId: `${c.revisionId}${NUL}`, version: 1 }), 'BAD_INPUT', /revisionId: is not a valid id/],
  ['user name with NUL', (c) => action(c, 'createUser', { email: 'new@test.local', name: `Ann${NUL}`, role: 'viewer', password: 'long-enough-password' }), 'BAD_INPUT', /name: .*U\+0000/],
  ['user name with a C1 control', (c) => action(c, 'createUser', { email: 'new@test.local', name: 'Ann\u0090', role: 'viewer', password: 'long-enough-password' }), 'BAD_INPUT', /name: .*U\+0090/],
  ['user email with NUL', (c) => action(c, 'createUser', { email: `new${NUL}@test.local`, role: 'viewer', password: 'long-enough-password' }), 'BAD_INPUT', /email: is not a valid email/],
  ['user with an unknown role', (c) => action(c, 'createUser', { email: 'new@test.local', role: 'root', password: 'long-enough-password' }), 'BAD_INPUT', /role: /],
  ['user role change with a malformed user id', (c) => action(c, 'setUserRole', { userId: `${c.users.viewer.id}${NUL}`, role: 'editor' }), 'BAD_INPUT', /userId: is not a valid id/],
  ['uploaded text with NUL', (c) => service(() => importDocument(c.t.db, doc({}, `The council${NUL} approved the tram.`) as never)), 'BAD_INPUT', /upload\.txt: the text contains NUL/],
  ['uploaded text without letters', (c) => service(() => importDocument(c.t.db, doc({}, '12345 --- 678') as never)), 'BAD_INPUT', /upload\.txt: the document has no text/],
  ['upload title with NUL', importMeta({ title: `Tram${NUL}` }), 'BAD_INPUT', /title: .*U\+0000/],
  ['upload title over 500 characters', importMeta({ title: 'T'.repeat(501) }), 'BAD_INPUT', /title: is too long/],
  ['upload author with ESC', importMeta({ authors: ['A. Writer\u001B'] }), 'BAD_INPUT', /authors\.0: .*U\+001B/],
  ['upload outlet with NUL', importMeta({ outlet: `Daily${NUL}` }), 'BAD_INPUT', /outlet: .*U\+0000/],
  ['upload URL javascript:', importMeta({ url: 'javascript:alert(1)' }), 'BAD_INPUT', /url: must be an http:\/\/ or https:\/\/ address \(got "javascript:alert\(1\)"\)/],
  ['upload URL data:', importMeta({ url: 'data:text/html,<script>alert(1)</script>' }), 'BAD_INPUT', /url: must be an http/],
  ['upload URL ftp:', importMeta({ url: 'ftp://example.org/a.txt' }), 'BAD_INPUT', /url: must be an http/],
  ['upload URL relative', importMeta({ url: '/documents/x' }), 'BAD_INPUT', /url: must be an http/],
  ['upload URL with NUL', importMeta({ url: `https://example.org/${NUL}` }), 'BAD_INPUT', /url: .*U\+0000/],
  ['upload date 9999-12-31', importMeta({ published: '9999-12-31' }), 'BAD_INPUT', /published: date 9999-12-31 is out of range \(1800 – \d{4}\)/],
  ['upload date 0100-01-01', importMeta({ published: '0100-01-01' }), 'BAD_INPUT', /published: date 0100-01-01 is out of range \(1800 – \d{4}\)/],
  ['upload date 1799-12-31', importMeta({ published: '1799-12-31' }), 'BAD_INPUT', /published: date 1799-12-31 is out of range/],
  ['upload date the year after next', importMeta({ published: nextYearPlusOne }), 'BAD_INPUT', new RegExp(`published: date ${nextYearPlusOne} is out of range`)],
  ['upload date 2021-02-29', importMeta({ published: '2021-02-29' }), 'BAD_INPUT', /published: Not a calendar date/],
  ['upload with an unknown language', importMeta({ language: 'xx' }), 'BAD_INPUT', /language: /],
  ['new text for a malformed document id', (c) => service(() => updateDocumentText(c.t.db, { documentId: `${c.docId}${NUL}`, text: 'New text here.' })), 'NOT_FOUND', /no document with that id/],
  ['new text with NUL', (c) => service(() => updateDocumentText(c.t.db, { documentId: c.docId, text: `New${NUL} text here.` })), 'BAD_INPUT', /NUL characters/],
  ['lexicon label with NUL', (c) => service(() => replaceLexicon(c.t.db, [{ id: 'tram', label: `Tram${NUL}`, terms: { de: ['Tram'], en: ['tram'] } }])), 'BAD_INPUT', /lexicon: 0\.label: .*U\+0000/],
  ['lexicon term with ESC', (c) => service(() => replaceLexicon(c.t.db, [{ id: 'tram', label: 'Tram', terms: { de: ['Tram\u001B'], en: ['tram'] } }])), 'BAD_INPUT', /lexicon: 0\.terms\.de\.0: .*U\+001B/],
  ['comparison (CLI compare) with a malformed id', (c) => service(() => compareWithSuggestions(c.t.db, [c.docId, "a'b"])), 'NOT_FOUND', /No document has that id/],
  ['reader of a malformed document id', (c) => service(() => getDocument(c.t.db, `${c.docId}${NUL}`)), 'NOT_FOUND', /no such document/],
  ['reader of a malformed claim id', (c) => service(() => getClaim(c.t.db, NUL)), 'NOT_FOUND', /no such claim/],
  ['topic page of a malformed id', (c) => service(() => getTopic(c.t.db, '%00')), 'NOT_FOUND', /no such topic/],
];

describe.each(testTargets)('bad input through services and actions on $name', ({ open }) => {
  const ctx = {} as Ctx;
  beforeAll(async () => {
    ctx.t = await open();
    await applyMigrations(ctx.t.url);
    ctx.users = await makeUsers(ctx.t.db);
    ctx.docId = (await makeDocument(ctx.t.db)).id;
    ctx.docB = (await makeDocument(ctx.t.db, 'The minister said the budget grows by 3 percent next year.')).id;
    ctx.claimId = (await createClaim(ctx.t.db, ctx.users.editor, { documentId: ctx.docId, start: 0, end: 20 })).id;
    ctx.topicId = (await makeTopic(ctx.t.db)).id;
    ctx.linkId = (await ctx.t.db.claimTopic.create({ data: { claimId: ctx.claimId, topicId: ctx.topicId } })).id;
    ctx.revisionId = (await ctx.t.db.revision.findFirstOrThrow({ where: { entityId: ctx.claimId } })).id;
    await loadLexicon(ctx.t.db); // seeded on first use by comparisons; seed it up front
  });
  afterAll(async () => ctx.t?.dispose());

  it('has at least 80 cases', () => expect(cases.length).toBeGreaterThanOrEqual(80));

  it.each(cases)('%s', async (_label, run, code, message) => {
    const before = await allRowCounts(ctx.t.db);
    const outcome = await run(ctx);
    expect(outcome.code, outcome.message).toBe(code);
    expect(outcome.message).toMatch(message);
    expect(await allRowCounts(ctx.t.db)).toEqual(before);
  });

  it('ignores a malformed id in the review filter instead of failing', async () => {
    const filter = reviewFilterSchema.parse({ document: `x${NUL}`, assignee: NUL });
    expect(filter.document).toBeUndefined();
    await expect(listReviewClaims(ctx.t.db, filter)).resolves.toBeDefined();
  });

  it('still accepts tabs, line breaks and non-Latin text', async () => {
    const outcome = await action(ctx, 'createComment', { claimId: ctx.claimId, body: 'Zeile 1\n\tZeile 2 — «ok» 😀 日本' });
    expect(outcome.code).toBe('OK');
  });
});

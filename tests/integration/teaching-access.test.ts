import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/policy.ts';
import { executeAction, type ActionDef } from '../../lib/actions/run-action.ts';
import { teachingActionDefs } from '../../lib/actions/teaching-action-defs.ts';
import { tokenActionDefs } from '../../lib/actions/token-action-defs.ts';
import { enrolStudent } from '../../lib/services/teaching/enrol-student.ts';
import { showClass } from '../../lib/services/teaching/show-class.ts';
import { showExercise } from '../../lib/services/teaching/show-exercise.ts';
import { exerciseResults } from '../../lib/services/teaching/exercise-results.ts';
import { listClasses } from '../../lib/services/teaching/list-classes.ts';
import { testTargets } from './databases.ts';
import { makeDocument, makeUser, sampleText } from './claim-fixtures.ts';
import { base, closeApi, openApi, type ApiContext } from './api-harness.ts';
import { allRowCounts } from './all-row-counts.ts';

// Teaching mode's access rules (docs/teaching.md): a student reads only their own classes'
// exercises and their own work; nothing of anyone's work shows before the teacher reveals it;
// student annotations never reach the claim tables or the REST API. Through the same
// executeAction path the server actions use, the services the pages call, and the REST handlers.

const password = 'long-enough-password';
const span = (needle: string) => ({ start: sampleText.indexOf(needle), end: sampleText.indexOf(needle) + needle.length });

describe.each(testTargets)('teaching access on $name', ({ open }) => {
  let c: ApiContext;
  let teacherA: Actor, teacherB: Actor, s1: Actor, s2: Actor, s3: Actor, viewer: Actor;
  let classA: string, classB: string, exA: string, exB: string, docId: string;
  let s1Annotation = '';
  type Defs = typeof teachingActionDefs;
  type Result<K extends keyof Defs> = Defs[K] extends ActionDef<infer R> ? R : never;
  const act = <K extends keyof Defs>(name: K, who: Actor | null, input: unknown) =>
    executeAction(teachingActionDefs[name] as unknown as ActionDef<Result<K>>, who, input, async () => c.db);
  const must = async <T>(p: Promise<{ ok: true; data: T } | { ok: false; code: string; error: string }>) => {
    const r = await p;
    if (!r.ok) throw new Error(`${r.code}: ${r.error}`);
    return r.data;
  };
  const refused = async (p: Promise<unknown>, code: string) => expect(p).rejects.toMatchObject({ code });

  beforeAll(async () => {
    c = await openApi(open);
    docId = (await makeDocument(c.db)).id;
    [teacherA, teacherB, viewer] = await Promise.all([makeUser(c.db, 'teacher'), makeUser(c.db, 'teacher'), makeUser(c.db, 'viewer')]);
    const a = await must(act('createClass', teacherA, { name: 'Class A' }));
    const b = await must(act('createClass', teacherB, { name: 'Class B' }));
    [classA, classB] = [a.id, b.id];
    const ids = [];
    for (const [who, code] of [['s1', a.joinCode], ['s2', a.joinCode], ['s3', b.joinCode]] as const) {
      ids.push(await enrolStudent(c.db, { code: code.toLowerCase().replace(/^(.{4})/, '$1-'), userName: `${who}-${Date.now().toString(36)}`, password }));
    }
    const students = await c.db.user.findMany({ where: { id: { in: ids.map((i) => i.userId) } }, select: { id: true, role: true } });
    [s1, s2, s3] = ids.map((i) => students.find((u) => u.id === i.userId)!) as Actor[];
    exA = (await must(act('createExercise', teacherA, { classId: classA, title: 'Find the claims', documentIds: [docId], fields: ['kind', 'speaker', 'hedged'] }))).id;
    exB = (await must(act('createExercise', teacherB, { classId: classB, title: 'Other class', documentIds: [docId], fields: ['kind'] }))).id;
  });
  afterAll(() => closeApi(c));

  it('enrols students as student accounts in the class of the code, and a wrong code creates nothing', async () => {
    expect(s1.role).toBe('student');
    expect((await listClasses(c.db, s1)).attending.map((x) => x.id)).toEqual([classA]);
    const before = await allRowCounts(c.db);
    await refused(enrolStudent(c.db, { code: 'ZZZZ-ZZZZ', userName: 'nobody-here', password }), 'NOT_FOUND');
    expect(await allRowCounts(c.db)).toEqual(before);
  });

  it('the role floor: students and viewers cannot create classes or exercises; only students join', async () => {
    for (const who of [s1, viewer]) expect(await act('createClass', who, { name: 'Mine' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await act('createExercise', s1, { classId: classA, title: 'x', documentIds: [docId] })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await act('createClass', null, { name: 'Mine' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    const code = (await c.db.class.findUniqueOrThrow({ where: { id: classA } })).joinCode;
    expect(await act('joinClass', viewer, { code })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    // Another teacher cannot add exercises to a class that is not theirs (and does not learn it exists).
    expect(await act('createExercise', teacherB, { classId: classA, title: 'x', documentIds: [docId] })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('a student cannot read or write another class’s exercises', async () => {
    await refused(showClass(c.db, s3, classA), 'NOT_FOUND');
    await refused(showExercise(c.db, s3, exA), 'NOT_FOUND');
    expect(await act('addAnnotation', s3, { exerciseId: exA, documentId: docId, ...span('Critics say') })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await act('submitExercise', s3, { exerciseId: exA })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    await refused(showExercise(c.db, s1, exB), 'NOT_FOUND');
    const asStudent = await showClass(c.db, s1, classA);
    expect(asStudent).not.toHaveProperty('joinCode');
    expect(asStudent).not.toHaveProperty('members');
  });

  it('annotates blind: a classmate sees none of it, cannot remove it, and the claim tables are untouched', async () => {
    const claimsBefore = await c.db.claim.count();
    const mine = await must(act('addAnnotation', s1, { exerciseId: exA, documentId: docId, ...span('Critics say that is too much.'), kind: 'evaluative', speaker: 'Critics', hedged: false }));
    expect(mine.quote).toBe('Critics say that is too much.');
    s1Annotation = mine.id;
    expect(await c.db.claim.count()).toBe(claimsBefore);
    const s2View = await showExercise(c.db, s2, exA);
    expect(s2View.annotations).toEqual([]);
    expect(JSON.stringify(s2View)).not.toContain(mine.id);
    expect(s2View.referenceSpans).toBeNull();
    expect(await act('removeAnnotation', s2, { annotationId: mine.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((await showExercise(c.db, s1, exA)).annotations.map((a) => a.id)).toEqual([mine.id]);
    // Nor may a student annotate outside the exercise's documents or text.
    const other = await makeDocument(c.db, 'Another text entirely.');
    expect(await act('addAnnotation', s1, { exerciseId: exA, documentId: other.id, start: 0, end: 5 })).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    expect(await act('addAnnotation', s1, { exerciseId: exA, documentId: docId, start: 0, end: sampleText.length + 5 })).toMatchObject({ ok: false, code: 'BAD_INPUT' });
  });

  it('nothing is revealed before the reveal: no results for the teacher, none ever for students', async () => {
    await refused(exerciseResults(c.db, teacherA, exA), 'FORBIDDEN');
    await refused(exerciseResults(c.db, s1, exA), 'FORBIDDEN');
    await refused(exerciseResults(c.db, teacherB, exA), 'NOT_FOUND');
    expect(await act('revealExercise', s1, { exerciseId: exA })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await act('revealExercise', teacherB, { exerciseId: exA })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((await c.db.exercise.findUniqueOrThrow({ where: { id: exA } })).revealedAt).toBeNull();
  });

  it('submits once; the work is then read-only', async () => {
    expect(await act('submitExercise', s1, { exerciseId: exA })).toMatchObject({ ok: true });
    expect(await act('submitExercise', s1, { exerciseId: exA })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await act('addAnnotation', s1, { exerciseId: exA, documentId: docId, ...span('The council votes in May.') })).toMatchObject({ ok: false, code: 'CONFLICT' });
    const [only] = (await showExercise(c.db, s1, exA)).annotations;
    expect(await act('removeAnnotation', s1, { annotationId: only.id })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect((await showExercise(c.db, s1, exA)).canAnnotate).toBe(false);
  });

  it('after the reveal the teacher sees every submission; a student still sees only their own work', async () => {
    await must(act('addAnnotation', s2, { exerciseId: exA, documentId: docId, ...span('The council votes in May.'), kind: 'factual' }));
    await must(act('submitExercise', s2, { exerciseId: exA }));
    await must(act('revealExercise', teacherA, { exerciseId: exA }));
    const results = await exerciseResults(c.db, teacherA, exA);
    expect(results.students.map((s) => s.id).sort()).toEqual([s1.id, s2.id].sort());
    expect(results.sentences.some((s) => s.marked === 1)).toBe(true);
    const s2View = await showExercise(c.db, s2, exA);
    expect(s2View.annotations.map((a) => a.quote)).toEqual(['The council votes in May.']);
    expect(JSON.stringify(s2View)).not.toContain(s1Annotation);
    expect(await act('addAnnotation', s2, { exerciseId: exA, documentId: docId, ...span('Critics say') })).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  describe('REST API', () => {
    let cookie: string;
    const get = async (handler: (r: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>, query: Record<string, string> = {}, id = '') => {
      const url = new URL(`${base}/api/v1/x`);
      for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
      const res = await handler(new Request(url, { headers: { origin: base, host: 'localhost:3000', cookie } }), { params: Promise.resolve({ id }) });
      return { status: res.status, body: await res.text() };
    };
    beforeAll(async () => {
      const { getAuth } = await import('../../lib/auth/auth.ts');
      const email = (await c.db.user.findUniqueOrThrow({ where: { id: s1.id } })).email;
      const res = await (await getAuth()).api.signInEmail({ body: { email, password }, asResponse: true });
      cookie = (res.headers.getSetCookie?.() ?? []).map((x) => x.split(';')[0]).join('; ');
      expect(cookie).toMatch(/session_token=/);
    });

    it('turns a signed-in student away from every read (403), so no claim list, search or export leaks', async () => {
      const routes = {
        documents: await import('../../app/api/v1/documents/route.ts'),
        document: await import('../../app/api/v1/documents/[id]/route.ts'),
        claims: await import('../../app/api/v1/claims/route.ts'),
        search: await import('../../app/api/v1/search/route.ts'),
        exports: await import('../../app/api/v1/exports/route.ts'),
      };
      expect((await get(routes.documents.GET)).status).toBe(403);
      expect((await get(routes.document.GET, {}, docId)).status).toBe(403);
      expect((await get(routes.claims.GET, { document: docId })).status).toBe(403);
      expect((await get(routes.search.GET, { q: 'Critics' })).status).toBe(403);
      expect((await get(routes.exports.GET, { format: 'csv', document: docId })).status).toBe(403);
    });

    it('students cannot make API tokens, and other readers’ claim lists hold no student annotations', async () => {
      expect(await executeAction(tokenActionDefs.createApiToken, s1, { name: 'mine' }, async () => c.db)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      const claims = await import('../../app/api/v1/claims/route.ts');
      const res = await c.call(claims.GET, 'GET', { as: 'viewer', query: { document: docId } });
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).not.toContain(s1Annotation);
      expect(JSON.stringify(res.body)).not.toContain('Critics');
    });
  });
});

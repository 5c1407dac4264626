import { randomUUID } from 'node:crypto';
import type { Db } from '../../lib/db/client.ts';
import type { Role } from '../../lib/auth/roles.ts';
import { createUser } from '../../lib/services/create-user.ts';

// Small builders shared by the claim, review and policy suites. Documents are created directly
// (no engine) so these suites do not depend on extraction output.

export const sampleText =
  'The mayor said the tram line will cost 40 million euros. Critics say that is too much.\n\n' +
  'The council votes in May. The mayor said the tram line will cost 40 million euros, again.';

export async function makeUser(db: Db, role: Role) {
  return createUser(db, { email: `${role}-${randomUUID().slice(0, 8)}@test.local`, role, password: 'long-enough-password' });
}

export async function makeUsers(db: Db) {
  const [viewer, annotator, editor, admin] = await Promise.all((['viewer', 'annotator', 'editor', 'admin'] as const).map((r) => makeUser(db, r)));
  return { viewer, annotator, editor, admin };
}

export async function makeDocument(db: Db, text = sampleText) {
  return db.document.create({ data: { title: `Doc ${randomUUID().slice(0, 6)}`, authors: [], language: 'en', text, contentHash: randomUUID() } });
}

/** An automatic claim as the engine would store it. */
export async function makeAutoClaim(db: Db, documentId: string, text: string, start: number, end: number) {
  return db.claim.create({
    data: { documentId, text: text.slice(start, end), start, end, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32), kind: 'factual', reason: ['test'] },
  });
}

export async function makeTopic(db: Db, label = 'Tram cost') {
  return db.topic.create({ data: { label, concepts: [] } });
}

export async function tableCounts(db: Db) {
  const [claims, quantities, revisions, comments, links, users] = await Promise.all([
    db.claim.count(),
    db.quantity.count(),
    db.revision.count(),
    db.comment.count(),
    db.claimTopic.count(),
    db.user.count(),
  ]);
  return { claims, quantities, revisions, comments, links, users };
}

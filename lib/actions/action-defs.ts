import { defineAction } from './run-action.ts';
import { createClaim } from '../services/create-claim.ts';
import { updateClaim } from '../services/update-claim.ts';
import { deleteClaim, restoreClaim } from '../services/delete-claim.ts';
import { setClaimStatus } from '../services/set-claim-status.ts';
import { assignClaim } from '../services/assign-claim.ts';
import { setClaimRating } from '../services/set-claim-rating.ts';
import { assignLink } from '../services/assign-link.ts';
import { restoreClaimRevision } from '../services/restore-claim-revision.ts';
import { linkClaimTopic } from '../services/link-claim-topic.ts';
import { unlinkClaimTopic } from '../services/unlink-claim-topic.ts';
import { setLinkStatus } from '../services/set-link-status.ts';
import { createComment } from '../services/create-comment.ts';
import { setUserRole } from '../services/set-user-role.ts';
import { createUser } from '../services/create-user.ts';
import { revokeUserSessions } from '../services/revoke-user-sessions.ts';
import { setPublicRead } from '../services/workspace-settings.ts';
import { unlinkTopicSchema } from '../schemas/claim.ts';

// Every mutating server action and REST route goes through one of these definitions. The
// inputs are `unknown` here on purpose: each service parses its own input with zod.
type In<F> = F extends (db: never, actor: never, input: infer I) => unknown ? I : never;
const as = <T>(v: unknown) => v as T;
const ref = (c: { id: string; version: number }) => ({ id: c.id, version: c.version });

export const actionDefs = {
  createClaim: defineAction('claim.create', async (db, a, i) => ref(await createClaim(db, a, as<In<typeof createClaim>>(i)))),
  updateClaim: defineAction('claim.update', async (db, a, i) => ref(await updateClaim(db, a, as<In<typeof updateClaim>>(i)))),
  deleteClaim: defineAction('claim.delete', async (db, a, i) => ref(await deleteClaim(db, a, as<In<typeof deleteClaim>>(i)))),
  restoreClaim: defineAction('claim.restore', async (db, a, i) => ref(await restoreClaim(db, a, as<In<typeof restoreClaim>>(i)))),
  restoreClaimRevision: defineAction('claim.restoreRevision', async (db, a, i) => ref(await restoreClaimRevision(db, a, as<In<typeof restoreClaimRevision>>(i)))),
  setClaimStatus: defineAction('claim.setStatus', async (db, a, i) => ({ count: (await setClaimStatus(db, a, as<In<typeof setClaimStatus>>(i))).count })),
  setClaimRating: defineAction('claim.rate', async (db, a, i) => ref(await setClaimRating(db, a, as<In<typeof setClaimRating>>(i)))),
  assignClaim: defineAction('claim.assign', async (db, a, i) => ref(await assignClaim(db, a, as<In<typeof assignClaim>>(i)))),
  assignLink: defineAction('claimTopic.assign', async (db, a, i) => ref(await assignLink(db, a, as<In<typeof assignLink>>(i)))),
  linkClaimTopic: defineAction('claimTopic.link', async (db, a, i) => ({ id: (await linkClaimTopic(db, a, as<In<typeof linkClaimTopic>>(i))).id })),
  unlinkClaimTopic: defineAction('claimTopic.unlink', (db, a, i) => unlinkClaimTopic(db, a, unlinkTopicSchema.parse(i))),
  setLinkStatus: defineAction('claimTopic.setStatus', (db, a, i) => setLinkStatus(db, a, as<In<typeof setLinkStatus>>(i))),
  createComment: defineAction('comment.create', async (db, a, i) => ({ id: (await createComment(db, a, as<In<typeof createComment>>(i))).id })),
  createUser: defineAction('user.create', async (db, _a, i) => createUser(db, as<Parameters<typeof createUser>[1]>(i))),
  setUserRole: defineAction('user.setRole', (db, a, i) => setUserRole(db, a, as<In<typeof setUserRole>>(i))),
  revokeUserSessions: defineAction('user.revokeSessions', (db, a, i) => revokeUserSessions(db, a, as<In<typeof revokeUserSessions>>(i))),
  setPublicRead: defineAction('workspace.setPublicRead', (db, a, i) => setPublicRead(db, a, as<In<typeof setPublicRead>>(i))),
};

export type ActionName = keyof typeof actionDefs;

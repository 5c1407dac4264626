import { AppError } from '../errors.ts';
import { hasRole, type Role } from './roles.ts';

// The single table of who may do what. Server actions and REST routes look their action up
// here, and tests/integration/action-policy.test.ts walks every entry against every role.
export const policy = {
  'claim.create': 'annotator',
  'claim.update': 'annotator',
  'claim.delete': 'annotator',
  'claim.restore': 'annotator',
  'claim.restoreRevision': 'annotator',
  'claim.setStatus': 'editor',
  'claim.assign': 'editor',
  'claim.rate': 'editor',
  'claimTopic.link': 'annotator',
  'claimTopic.unlink': 'annotator',
  'claimTopic.setStatus': 'editor',
  'claimTopic.assign': 'editor',
  'comment.create': 'annotator',
  'document.preview': 'annotator',
  'document.create': 'annotator',
  'document.retryExtraction': 'annotator',
  'document.update': 'editor',
  'document.delete': 'editor',
  'topic.create': 'editor',
  'topic.rename': 'editor',
  'topic.merge': 'editor',
  'topic.delete': 'editor',
  'topic.suggest': 'editor',
  'user.create': 'admin',
  'user.setRole': 'admin',
  'user.revokeSessions': 'admin',
  'workspace.setPublicRead': 'admin',
  // Every signed-in user manages their own API tokens; revoking another user's needs admin
  // (checked in lib/services/revoke-api-token.ts).
  'apiToken.create': 'viewer',
  'apiToken.revoke': 'viewer',
  'user.revokeApiTokens': 'admin',
  // Teaching mode (docs/teaching.md): the role is the floor; the services check that the actor
  // teaches the class or is one of its members (lib/services/teaching/class-access.ts).
  'class.create': 'teacher',
  'class.join': 'student',
  'exercise.create': 'teacher',
  'exercise.reveal': 'teacher',
  'exercise.annotate': 'student',
  'exercise.removeAnnotation': 'student',
  'exercise.submit': 'student',
  'exercise.linkItem': 'student',
  'exercise.unlinkItem': 'student',
  'exercise.pairItems': 'student',
  'exercise.unpairItems': 'student',
  'class.rename': 'teacher',
  'class.delete': 'teacher',
  'class.removeMember': 'teacher',
  'exercise.rename': 'teacher',
  'exercise.delete': 'teacher',
} as const satisfies Record<string, Role>;

export type PolicyAction = keyof typeof policy;

export type Actor = { id: string; role: Role };

/** Throws UNAUTHENTICATED or FORBIDDEN unless the user's role allows the action. */
export function authorize<U extends Actor>(user: U | null | undefined, action: PolicyAction): U {
  if (!user) throw new AppError('UNAUTHENTICATED', 'Please sign in first.');
  const required = policy[action];
  if (!hasRole(user.role, required)) throw new AppError('FORBIDDEN', `This needs the ${required} role; you are signed in as ${user.role}.`);
  return user;
}

/** Annotators change only the claims they created; editors and admins change every claim. */
export function canEditClaim(actor: Actor, claim: { createdById: string | null }): boolean {
  return hasRole(actor.role, 'editor') || (actor.role === 'annotator' && claim.createdById === actor.id);
}

export function assertCanEditClaim(actor: Actor, claim: { createdById: string | null }): void {
  if (!canEditClaim(actor, claim)) throw new AppError('FORBIDDEN', 'Annotators can change only the claims they created.');
}

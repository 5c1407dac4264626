'use server';

import { getPrisma } from '../db/client.ts';
import { actionDefs } from './action-defs.ts';
import { executeAction, type ActionDef } from './run-action.ts';
import { currentUser } from './session.ts';

// Server actions for the reader, the review queue and the history page. Each one is a thin
// pass-through: role from the policy table, input parsed by the service, ActionResult back.

async function perform<R>(def: ActionDef<R>, input: unknown) {
  return executeAction(def, await currentUser(), input, getPrisma);
}

export async function createClaimAction(input: unknown) {
  return perform(actionDefs.createClaim, input);
}
export async function updateClaimAction(input: unknown) {
  return perform(actionDefs.updateClaim, input);
}
export async function deleteClaimAction(input: unknown) {
  return perform(actionDefs.deleteClaim, input);
}
export async function restoreClaimAction(input: unknown) {
  return perform(actionDefs.restoreClaim, input);
}
export async function restoreClaimRevisionAction(input: unknown) {
  return perform(actionDefs.restoreClaimRevision, input);
}
export async function setClaimStatusAction(input: unknown) {
  return perform(actionDefs.setClaimStatus, input);
}
export async function setClaimRatingAction(input: unknown) {
  return perform(actionDefs.setClaimRating, input);
}
export async function assignClaimAction(input: unknown) {
  return perform(actionDefs.assignClaim, input);
}
export async function assignLinkAction(input: unknown) {
  return perform(actionDefs.assignLink, input);
}
export async function linkClaimTopicAction(input: unknown) {
  return perform(actionDefs.linkClaimTopic, input);
}
export async function unlinkClaimTopicAction(input: unknown) {
  return perform(actionDefs.unlinkClaimTopic, input);
}
export async function setLinkStatusAction(input: unknown) {
  return perform(actionDefs.setLinkStatus, input);
}
export async function createCommentAction(input: unknown) {
  return perform(actionDefs.createComment, input);
}
export async function createUserAction(input: unknown) {
  return perform(actionDefs.createUser, input);
}
export async function setUserRoleAction(input: unknown) {
  return perform(actionDefs.setUserRole, input);
}
export async function revokeUserSessionsAction(input: unknown) {
  return perform(actionDefs.revokeUserSessions, input);
}

export async function setPublicReadAction(input: unknown) {
  return perform(actionDefs.setPublicRead, input);
}

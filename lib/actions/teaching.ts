'use server';

import { getPrisma } from '../db/client.ts';
import { teachingActionDefs } from './teaching-action-defs.ts';
import { executeAction, type ActionDef } from './run-action.ts';
import { currentUser } from './session.ts';

// Server actions of teaching mode: thin pass-throughs (policy role, service parses and checks membership).

async function perform<R>(def: ActionDef<R>, input: unknown) {
  return executeAction(def, await currentUser(), input, getPrisma);
}

export async function createClassAction(input: unknown) {
  return perform(teachingActionDefs.createClass, input);
}
export async function joinClassAction(input: unknown) {
  return perform(teachingActionDefs.joinClass, input);
}
export async function createExerciseAction(input: unknown) {
  return perform(teachingActionDefs.createExercise, input);
}
export async function addAnnotationAction(input: unknown) {
  return perform(teachingActionDefs.addAnnotation, input);
}
export async function removeAnnotationAction(input: unknown) {
  return perform(teachingActionDefs.removeAnnotation, input);
}
export async function submitExerciseAction(input: unknown) {
  return perform(teachingActionDefs.submitExercise, input);
}
export async function revealExerciseAction(input: unknown) {
  return perform(teachingActionDefs.revealExercise, input);
}
export async function linkItemAction(input: unknown) {
  return perform(teachingActionDefs.linkItem, input);
}
export async function unlinkItemAction(input: unknown) {
  return perform(teachingActionDefs.unlinkItem, input);
}
export async function pairItemsAction(input: unknown) {
  return perform(teachingActionDefs.pairItems, input);
}
export async function unpairItemsAction(input: unknown) {
  return perform(teachingActionDefs.unpairItems, input);
}
export async function renameClassAction(input: unknown) {
  return perform(teachingActionDefs.renameClass, input);
}
export async function deleteClassAction(input: unknown) {
  return perform(teachingActionDefs.deleteClass, input);
}
export async function removeMemberAction(input: unknown) {
  return perform(teachingActionDefs.removeMember, input);
}
export async function renameExerciseAction(input: unknown) {
  return perform(teachingActionDefs.renameExercise, input);
}
export async function deleteExerciseAction(input: unknown) {
  return perform(teachingActionDefs.deleteExercise, input);
}

'use server';

import { revalidatePath } from 'next/cache';
import { getPrisma } from '../db/client.ts';
import { executeAction, type ActionDef } from './run-action.ts';
import { currentUser } from './session.ts';
import { topicActionDefs } from './topic-action-defs.ts';

// Server actions for topics on the comparison and topic pages (role checked by the policy table).

async function perform<R>(def: ActionDef<R>, input: unknown) {
  const result = await executeAction(def, await currentUser(), input, getPrisma);
  if (result.ok) {
    revalidatePath('/compare');
    revalidatePath('/topics/[id]', 'page');
  }
  return result;
}

export async function createTopicAction(input: unknown) {
  return perform(topicActionDefs.createTopic, input);
}
export async function renameTopicAction(input: unknown) {
  return perform(topicActionDefs.renameTopic, input);
}
export async function mergeTopicsAction(input: unknown) {
  return perform(topicActionDefs.mergeTopics, input);
}
export async function deleteTopicAction(input: unknown) {
  return perform(topicActionDefs.deleteTopic, input);
}
export async function suggestTopicsAction(input: unknown) {
  return perform(topicActionDefs.suggestTopics, input);
}

import { defineAction } from './run-action.ts';
import { createTopic } from '../services/create-topic.ts';
import { renameTopic } from '../services/rename-topic.ts';
import { mergeTopics } from '../services/merge-topics.ts';
import { deleteTopic } from '../services/delete-topic.ts';
import { refreshSuggestions } from '../services/ensure-suggestions.ts';
import { compareIdsSchema } from '../schemas/topic.ts';

// Topic mutations (editor): same shape as actionDefs; each service parses its own input.
const as = <T>(v: unknown) => v as T;
type In<F> = F extends (db: never, actor: never, input: infer I) => unknown ? I : never;

export const topicActionDefs = {
  createTopic: defineAction('topic.create', async (db, a, i) => {
    const t = await createTopic(db, a, as<In<typeof createTopic>>(i));
    return { id: t.id, version: t.version };
  }),
  renameTopic: defineAction('topic.rename', async (db, a, i) => {
    const t = await renameTopic(db, a, as<In<typeof renameTopic>>(i));
    return { id: t.id, version: t.version };
  }),
  mergeTopics: defineAction('topic.merge', async (db, a, i) => {
    const r = await mergeTopics(db, a, as<In<typeof mergeTopics>>(i));
    return { id: r.topic.id, moved: r.moved };
  }),
  deleteTopic: defineAction('topic.delete', (db, a, i) => deleteTopic(db, a, as<In<typeof deleteTopic>>(i))),
  suggestTopics: defineAction('topic.suggest', (db, _a, i) => refreshSuggestions(db, compareIdsSchema.parse(i))),
};

import type { Db } from '../db/client.ts';
import { authorize, type Actor } from '../auth/policy.ts';
import { renameTopicSchema, type RenameTopicInput } from '../schemas/topic.ts';
import { recordRevision } from './revisions.ts';
import { loadTopic, topicSnapshot, updateTopicVersioned } from './topic-snapshot.ts';

/** Renames a topic (label and question). An editor's rename makes an automatic topic human-owned. */
export async function renameTopic(db: Db, actor: Actor, raw: RenameTopicInput) {
  authorize(actor, 'topic.rename');
  const input = renameTopicSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const before = await loadTopic(tx, input.id);
    const after = await updateTopicVersioned(tx, input.id, input.version, { label: input.label, question: input.question, origin: 'human' });
    await recordRevision(tx, { entityType: 'topic', entityId: input.id, action: 'update', before: topicSnapshot(before), after: topicSnapshot(after), userId: actor.id });
    return after;
  });
}

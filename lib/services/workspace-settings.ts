import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { authorize, type Actor } from '../auth/policy.ts';
import { isPublicReadForced } from '../env.ts';

// Workspace switches stored in WorkspaceSetting. Only one so far: public reading, which lets
// signed-out visitors read documents, topics and comparisons (classroom handouts). E-mail
// addresses, the review queue, claim history and the admin pages stay private regardless.

const PUBLIC_READ = 'publicRead';

export const setPublicReadSchema = z.object({ enabled: z.boolean() }).strict();
export type SetPublicReadInput = z.infer<typeof setPublicReadSchema>;

/** The stored switch alone (what the admin page shows next to the env override). */
export async function getStoredPublicRead(db: Db): Promise<boolean> {
  const row = await db.workspaceSetting.findUnique({ where: { key: PUBLIC_READ }, select: { value: true } });
  return row?.value === 'on';
}

/** Whether signed-out visitors may read: CLAIMSCOPE_PUBLIC_READ=1 or the stored switch. */
export async function isPublicReadEnabled(db: Db): Promise<boolean> {
  return isPublicReadForced() || getStoredPublicRead(db);
}

/** Turns public reading on or off (admins only). */
export async function setPublicRead(db: Db, actor: Actor, raw: SetPublicReadInput): Promise<{ enabled: boolean }> {
  authorize(actor, 'workspace.setPublicRead');
  const { enabled } = setPublicReadSchema.parse(raw);
  const value = enabled ? 'on' : 'off';
  await db.workspaceSetting.upsert({ where: { key: PUBLIC_READ }, create: { key: PUBLIC_READ, value, updatedById: actor.id }, update: { value, updatedById: actor.id } });
  return { enabled };
}

'use server';

import { z } from 'zod';
import { getPrisma } from '../db/client.ts';
import { listComments } from '../db/queries/comments.ts';
import { hasRole } from '../auth/roles.ts';
import { idSchema } from '../schemas/safe-text.ts';
import { actionError, type ActionResult } from '../http/api.ts';
import { personLabel } from '../auth/access.ts';
import { readerFor } from './session.ts';
import { headers } from 'next/headers';

// Reading a thread is open to whoever may read the page (signed in, or public reading); posting goes through createCommentAction.
const targetSchema = z.union([z.object({ claimId: idSchema }), z.object({ topicId: idSchema })]);

export type CommentView = { id: string; body: string; createdAt: string; author: string };

export async function loadCommentsAction(input: unknown): Promise<ActionResult<{ comments: CommentView[]; canComment: boolean }>> {
  try {
    const target = targetSchema.parse(input);
    const user = await readerFor('reading', await headers());
    const rows = await listComments(await getPrisma(), target);
    return {
      ok: true,
      data: {
        canComment: user !== null && hasRole(user.role, 'annotator'),
        comments: rows.map((c) => ({ id: c.id, body: c.body, createdAt: c.createdAt.toISOString(), author: personLabel(c.user, user) ?? 'a user' })),
      },
    };
  } catch (e) {
    return actionError(e);
  }
}

import type { Prisma } from '../generated/prisma/client.ts';
import type { RevisionAction } from '../generated/prisma/enums.ts';

// Every change to a claim, topic or claim-topic link writes one revision in the same
// transaction as the change: who, when, before, after.

export type RevisionEntity = 'claim' | 'topic' | 'claimTopic';

export type RevisionInput = {
  entityType: RevisionEntity;
  entityId: string;
  action: RevisionAction;
  before?: unknown;
  after?: unknown;
  userId?: string | null;
  comment?: string | null;
};

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

export async function recordRevision(tx: Prisma.TransactionClient, input: RevisionInput) {
  return tx.revision.create({
    data: {
      entityType: input.entityType,
      entityId: input.entityId,
      action: input.action,
      before: toJson(input.before),
      after: toJson(input.after),
      userId: input.userId ?? null,
      comment: input.comment ?? null,
    },
  });
}

export function listRevisions(db: Prisma.TransactionClient, entityType: RevisionEntity, entityId: string) {
  return db.revision.findMany({
    where: { entityType, entityId },
    orderBy: { createdAt: 'desc' },
    include: { user: { select: { email: true, name: true } } },
  });
}

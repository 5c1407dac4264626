import type { Db } from '../../db/client.ts';
import { authorize, type Actor } from '../../auth/policy.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { createClassSchema } from '../../schemas/teaching.ts';
import { createJoinCode } from '../../teaching/join-code.ts';

/** A new class taught by the actor, with a fresh join code (drawn again on the rare collision). */
export async function createClass(db: Db, actor: Actor, raw: unknown) {
  authorize(actor, 'class.create');
  const { name } = createClassSchema.parse(raw);
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.class.create({ data: { name, teacherId: actor.id, joinCode: createJoinCode() }, select: { id: true, name: true, joinCode: true } });
    } catch (e) {
      const collision = e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002';
      if (!collision || attempt >= 4) throw e;
    }
  }
}

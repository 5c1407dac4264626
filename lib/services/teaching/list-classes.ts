import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/policy.ts';

// The classes page: the ones the actor teaches (with their join codes) and the ones they attend.
export async function listClasses(db: Db, actor: Actor) {
  const [teaching, attending] = await Promise.all([
    db.class.findMany({
      where: { teacherId: actor.id },
      orderBy: { createdAt: 'desc' },
      select: { id: true, name: true, joinCode: true, _count: { select: { members: true, exercises: true } } },
    }),
    db.class.findMany({
      where: { members: { some: { userId: actor.id } } },
      orderBy: { createdAt: 'desc' },
      select: { id: true, name: true, teacher: { select: { name: true } }, _count: { select: { exercises: true } } },
    }),
  ]);
  return {
    teaching: teaching.map((c) => ({ id: c.id, name: c.name, joinCode: c.joinCode, members: c._count.members, exercises: c._count.exercises })),
    attending: attending.map((c) => ({ id: c.id, name: c.name, teacher: c.teacher.name, exercises: c._count.exercises })),
  };
}

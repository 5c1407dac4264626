import type { Db } from '../client.ts';

export function listUsers(db: Db) {
  return db.user.findMany({ orderBy: { email: 'asc' }, select: { id: true, email: true, name: true, role: true, createdAt: true } });
}

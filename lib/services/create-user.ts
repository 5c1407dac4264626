import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { roles } from '../auth/roles.ts';
import { newPasswordSchema } from '../auth/password-rules.ts';
import { safeText } from '../schemas/safe-text.ts';

export const newUserSchema = z.object({
  email: z.email('is not a valid email address').max(254).transform((e) => e.toLowerCase()),
  name: safeText({ min: 1, max: 100 }).optional(),
  role: z.enum(roles),
  password: newPasswordSchema,
});
export type NewUser = z.input<typeof newUserSchema>;

/** Creates a user with a credential account, the same rows better-auth's sign-up writes. */
export async function createUser(db: Db, input: NewUser) {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) throw new AppError('BAD_INPUT', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const { email, role, password } = parsed.data;
  if (await db.user.findUnique({ where: { email } })) throw new AppError('CONFLICT', `A user with email ${email} already exists`);
  const id = randomUUID();
  const hash = await hashPassword(password);
  return db.user.create({
    data: {
      id,
      email,
      name: parsed.data.name ?? email.split('@')[0],
      role,
      emailVerified: true,
      accounts: { create: { id: randomUUID(), accountId: id, providerId: 'credential', password: hash } },
    },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** Makes sure a user exists (demo and first-run admin); returns whether it was created. */
export async function ensureUser(db: Db, input: NewUser) {
  const existing = await db.user.findUnique({ where: { email: input.email.toLowerCase() }, select: { id: true, email: true, name: true, role: true } });
  if (existing) return { user: existing, created: false };
  return { user: await createUser(db, input), created: true };
}

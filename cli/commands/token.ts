import type { Command } from 'commander';
import { getDb } from '../database.ts';

// Personal API tokens. The CLI has direct database access, so like `user add` it acts as the
// operator: it creates a token for any account and revokes any token. The secret is printed
// once, on creation; only its hash is stored.

const iso = (d: Date | null) => d?.toISOString() ?? null;

function parseDays(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new Error(`--expires-days: ${JSON.stringify(value)} is not a whole number of days`);
  return n;
}

export function registerToken(program: Command) {
  const token = program.command('token').description('personal API tokens (Authorization: Bearer) for the REST API');
  token
    .command('create')
    .description('create a token for an account and print its secret (shown only this once)')
    .requiredOption('--user <email>', 'the account the token acts as (with its current role)')
    .requiredOption('--name <name>', 'what the token is for, shown in lists')
    .option('--expires-days <days>', 'expire after this many days (default: never)')
    .option('--json', 'print JSON')
    .action(async (flags: { user: string; name: string; expiresDays?: string; json?: boolean }) => {
      const [{ createApiToken }, { findUserByEmail }] = await Promise.all([import('../../lib/services/create-api-token.ts'), import('../../lib/services/list-api-tokens.ts')]);
      const db = await getDb();
      const user = await findUserByEmail(db, flags.user);
      const t = await createApiToken(db, user, { name: flags.name, expiresInDays: parseDays(flags.expiresDays) });
      if (flags.json) {
        console.log(JSON.stringify({ id: t.id, user: user.email, name: t.name, prefix: t.prefix, createdAt: iso(t.createdAt), expiresAt: iso(t.expiresAt), secret: t.secret }));
        return;
      }
      console.log(`Created token ${t.id} "${t.name}" for ${user.email} (${user.role})${t.expiresAt ? `, expires ${iso(t.expiresAt)}` : ''}.`);
      console.log('Store it now; it is not shown again:');
      console.log(t.secret);
    });
  token
    .command('list')
    .description("list an account's tokens (never their secrets)")
    .requiredOption('--user <email>', 'the account')
    .option('--json', 'print JSON')
    .action(async (flags: { user: string; json?: boolean }) => {
      const { findUserByEmail, listApiTokens, tokenState } = await import('../../lib/services/list-api-tokens.ts');
      const db = await getDb();
      const user = await findUserByEmail(db, flags.user);
      const rows = await listApiTokens(db, user.id);
      if (flags.json) {
        const out = rows.map((r) => ({ id: r.id, name: r.name, prefix: r.prefix, state: tokenState(r), createdAt: iso(r.createdAt), lastUsedAt: iso(r.lastUsedAt), revokedAt: iso(r.revokedAt), expiresAt: iso(r.expiresAt) }));
        console.log(JSON.stringify(out));
        return;
      }
      if (rows.length === 0) console.log(`${user.email} has no API tokens.`);
      for (const r of rows) {
        console.log(`${r.id}  ${`${r.prefix}…`.padEnd(12)} ${tokenState(r).padEnd(8)} created ${iso(r.createdAt)}  last used ${iso(r.lastUsedAt) ?? 'never'}  ${r.name}`);
      }
    });
  token
    .command('revoke')
    .description('revoke a token by its id (it is refused from the next request on)')
    .argument('<id>', 'the token id (see token list)')
    .action(async (id: string) => {
      const { revokeApiTokenAsOperator } = await import('../../lib/services/revoke-api-token.ts');
      const t = await revokeApiTokenAsOperator(await getDb(), { id });
      console.log(`Revoked token ${t.id} "${t.name}" (${t.prefix}…) at ${iso(t.revokedAt)}.`);
    });
}

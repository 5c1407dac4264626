import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { getDb } from '../database.ts';
import { roles } from '../../lib/auth/roles.ts';

export function registerUser(program: Command) {
  const user = program.command('user').description('manage accounts');
  user
    .command('add')
    .description(`create an account; roles: ${roles.join(', ')}`)
    .argument('<email>', 'email address (the login name)')
    .requiredOption('--role <role>', `one of ${roles.join(', ')}`)
    .option('--name <name>', 'display name')
    .option('--password <password>', 'password, 12 to 128 characters (generated and printed when omitted)')
    .action(async (email: string, flags: { role: string; name?: string; password?: string }) => {
      const { createUser } = await import('../../lib/services/create-user.ts');
      const password = flags.password ?? randomBytes(12).toString('base64url');
      const created = await createUser(await getDb(), { email, role: flags.role as never, name: flags.name, password });
      console.log(`Created ${created.role} ${created.email}${flags.password ? '' : ` with password: ${password}`}`);
    });
  user
    .command('list')
    .description('list accounts and their roles')
    .action(async () => {
      const users = await (await getDb()).user.findMany({ orderBy: { email: 'asc' }, select: { email: true, role: true, name: true } });
      for (const u of users) console.log(`${u.role.padEnd(9)} ${u.email}  ${u.name}`);
      if (users.length === 0) console.log('No accounts yet. Create the first admin with: claimscope user add EMAIL --role admin');
    });
}

// Generates the Prisma client offline. The Prisma CLI tries to download its schema engine,
// which this environment cannot; generate does not need it, so point it at /bin/true
// for this one command only (never for migrate: it would silently apply nothing).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('prisma/schema.prisma')) process.exit(0);
const result = spawnSync('npx', ['prisma', 'generate'], {
  stdio: 'inherit',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: '/bin/true', CHECKPOINT_DISABLE: '1' },
});
process.exit(result.status ?? 1);

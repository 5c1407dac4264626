import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { getStoredPublicRead, isPublicReadEnabled, setPublicRead } from '../../lib/services/workspace-settings.ts';
import { mayRead } from '../../lib/auth/access.ts';
import { testTargets, type TestDatabase } from './databases.ts';
import { makeUsers } from './claim-fixtures.ts';

// The public-reading switch: off on a fresh workspace, only admins turn it on or off, bad input
// changes nothing, and it opens the reading area, never the private one.

describe.each(testTargets)('public reading on $name', ({ open }) => {
  let t: TestDatabase;
  let users: Awaited<ReturnType<typeof makeUsers>>;
  const settings = () => t.db.workspaceSetting.findMany({ orderBy: { key: 'asc' } });

  beforeAll(async () => {
    t = await open();
    await applyMigrations(t.url);
    users = await makeUsers(t.db);
  });
  afterAll(async () => t?.dispose());

  it('is off on a fresh workspace: signed-out visitors read nothing', async () => {
    expect(await isPublicReadEnabled(t.db)).toBe(false);
    expect(mayRead(null, 'reading', await isPublicReadEnabled(t.db))).toBe(false);
  });

  it('an admin turns it on and off; it opens the reading area only', async () => {
    await expect(setPublicRead(t.db, users.admin, { enabled: true })).resolves.toEqual({ enabled: true });
    expect(await getStoredPublicRead(t.db)).toBe(true);
    expect(mayRead(null, 'reading', await isPublicReadEnabled(t.db))).toBe(true);
    expect(mayRead(null, 'private', await isPublicReadEnabled(t.db))).toBe(false);
    expect(await settings()).toMatchObject([{ key: 'publicRead', value: 'on', updatedById: users.admin.id }]);
    await setPublicRead(t.db, users.admin, { enabled: false });
    expect(await isPublicReadEnabled(t.db)).toBe(false);
  });

  it.each(['viewer', 'annotator', 'editor'] as const)('a %s cannot change it, and nothing is stored', async (role) => {
    const before = await settings();
    await expect(setPublicRead(t.db, users[role], { enabled: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await settings()).toEqual(before);
  });

  it.each([[{}], [{ enabled: 'yes' }], [{ enabled: 1 }], [{ enabled: true, extra: 'x' }], [null]])('refuses %j and stores nothing', async (input) => {
    const before = await settings();
    await expect(setPublicRead(t.db, users.admin, input as never)).rejects.toThrow();
    expect(await settings()).toEqual(before);
  });
});

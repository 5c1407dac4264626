// Demo data: the sample documents, demo accounts, automatic topic suggestions and the
// editor-curated annotations. Every step is idempotent, so `npm run demo` can run again.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../lib/db/client.ts';
import { importDocument } from '../../lib/services/import-document.ts';
import { prepareImports } from '../../lib/services/import-files.ts';
import { ensureUser } from '../../lib/services/create-user.ts';
import { suggestTopicsForDocuments } from '../../lib/services/suggest-topics.ts';
import { applyCuratedAnnotations } from '../../lib/services/apply-curated-annotations.ts';
import { reextractAllDocuments } from '../../lib/services/extract-document-claims.ts';

const samples = 'data/samples';

export const demoAccounts = [
  { email: 'editor@claimscope.local', password: 'claimscope-demo', role: 'editor' as const, name: 'Demo Editor' },
  { email: 'annotator@claimscope.local', password: 'claimscope-demo', role: 'annotator' as const, name: 'Demo Annotator' },
  { email: 'viewer@claimscope.local', password: 'claimscope-demo', role: 'viewer' as const, name: 'Demo Viewer' },
];

export async function seedDemo(db: Db, log: (line: string) => void = console.log) {
  const inputs = await prepareImports([samples], { manifest: path.join(samples, 'manifest.json') });
  const idByFile = new Map<string, string>();
  for (const input of inputs) {
    const r = await importDocument(db, input);
    idByFile.set(path.basename(input.name), r.id);
    log(`  ${r.status.padEnd(9)} ${r.title}${r.status === 'created' ? ` (${r.claims} claims)` : ''}`);
  }
  const stale = await reextractAllDocuments(db, undefined, true);
  if (stale.documents) log(`  re-extracted ${stale.documents} document(s) made by an older engine`);
  const accounts = [];
  for (const account of demoAccounts) {
    const { user, created } = await ensureUser(db, account);
    if (created) log(`  created the demo ${account.role} account ${account.email}`);
    accounts.push(user);
  }
  const editor = accounts.find((a) => a.role === 'editor')!;

  const suggested = await suggestTopicsForDocuments(db, [...idByFile.values()]);
  log(`  topics: ${suggested.topics} suggested automatically (${suggested.links} links), ${suggested.kept} kept from earlier edits`);
  const curatedFile = path.join(samples, 'curated-annotations.json');
  if (fs.existsSync(curatedFile)) {
    const curated = await applyCuratedAnnotations(db, editor, JSON.parse(fs.readFileSync(curatedFile, 'utf8')), idByFile);
    log(`  curated demo annotations: ${curated.comparisons} comparison(s), ${curated.topics} topic(s), ${curated.links} link(s) added`);
  }
}

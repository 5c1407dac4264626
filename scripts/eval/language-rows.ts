// Rows of a fixture folder with one JSON-lines file per language (de.jsonl, en.jsonl), each row
// validated and tagged with its language and its line index (the evals split halves by index).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { Lang } from '../../lib/engine/index.ts';

export type LanguageRow<T> = T & { lang: Lang; index: number };

export const loadLanguageRows = <T extends object>(dir: string, schema: z.ZodType<T>): Array<LanguageRow<T>> =>
  (['de', 'en'] as const).flatMap((lang) => {
    const file = path.join(dir, `${lang}.jsonl`);
    if (!existsSync(file)) return [];
    return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, index) => ({ ...schema.parse(JSON.parse(l)), lang, index }));
  });

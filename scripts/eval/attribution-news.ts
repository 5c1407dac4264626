// Claim attribution in news paragraphs (`npm run eval -- --set attribution [--errors]`): every
// sentence of tests/fixtures/attribution-news/ has the actor who makes or holds its claim, or null
// for the author's own statements (written blind by a helper who never read the engine). Scored
// per sentence over the claims that overlap it, like the SpkAtt run: named-actor accuracy
// (exact or sharing a content word), exact, and how often an author's sentence gets a speaker.
// Odd-numbered paragraphs may be read for tuning; even-numbered ones are only scored.
import path from 'node:path';
import { z } from 'zod';
import { type LanguageRow, loadLanguageRows } from './language-rows.ts';
import { extractClaims } from '../../lib/engine/index.ts';
import { addOutcome, emptyTally, scoreEvent, type Tally } from './spkatt-score.ts';

const sentenceSchema = z.object({ text: z.string(), actor: z.string().nullable(), why: z.string().optional() });
const rowSchema = z.object({ id: z.string(), text: z.string(), sentences: z.array(sentenceSchema) });
type Row = LanguageRow<z.infer<typeof rowSchema>>;

export const ATTRIBUTION_DIR = 'tests/fixtures/attribution-news';

export const loadRows = (dir: string): Row[] => loadLanguageRows(dir, rowSchema);

type Part = { named: Tally; author: number; authorWithSpeaker: number };
const emptyPart = (): Part => ({ named: emptyTally(), author: 0, authorWithSpeaker: 0 });
const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : '-').padStart(7);

/** Runs the news attribution evaluation; returns the process exit code. */
export const runAttribution = (repoRoot: string, options: { json: boolean; errors: boolean }): number => {
  const rows = loadRows(path.join(repoRoot, ATTRIBUTION_DIR));
  if (!rows.length) {
    console.log(`attribution: skipped, no ${ATTRIBUTION_DIR}/{de,en}.jsonl`);
    return 0;
  }
  const parts: Record<string, Part> = { all: emptyPart(), de: emptyPart(), en: emptyPart(), 'tuning half (odd)': emptyPart(), 'held-out half (even)': emptyPart() };
  const errors: string[] = [];
  for (const row of rows) {
    const { claims } = extractClaims(row.text, { lang: row.lang });
    let from = 0;
    for (const s of row.sentences) {
      const start = row.text.indexOf(s.text, from);
      if (start < 0) throw new Error(`${row.id}: sentence not found in text: ${s.text.slice(0, 60)}`);
      const end = start + s.text.length;
      from = end;
      const speakers = claims.filter((c) => c.start < end && c.end > start).map((c) => c.speaker);
      const targets = [parts.all, parts[row.lang], parts[row.index % 2 === 1 ? 'tuning half (odd)' : 'held-out half (even)']];
      if (s.actor === null) {
        const wrong = speakers.some((x) => x !== null);
        for (const p of targets) {
          p.author++;
          if (wrong) p.authorWithSpeaker++;
        }
        if (wrong && row.index % 2 === 1) errors.push(`  ${row.id} [author] got «${speakers.find((x) => x)}» :: ${s.text.slice(0, 140)}`);
        continue;
      }
      const scored = scoreEvent(s.actor, speakers);
      for (const p of targets) addOutcome(p.named, scored);
      if (scored.outcome !== 'exact' && row.index % 2 === 1) errors.push(`  ${row.id} [${scored.outcome}] gold «${s.actor}» got «${scored.predicted ?? '-'}» :: ${s.text.slice(0, 140)}`);
    }
  }
  if (options.json) {
    console.log(JSON.stringify(parts, null, 2));
    return 0;
  }
  console.log(`attribution (${ATTRIBUTION_DIR}): ${rows.length} paragraphs\n`);
  console.log(`  ${'part'.padEnd(22)} ${'actors'.padStart(7)} ${'accuracy'.padStart(9)} ${'exact'.padStart(7)} ${'no spkr'.padStart(8)} ${'wrong'.padStart(7)} ${'author'.padStart(7)} ${'author→spkr'.padStart(12)}`);
  for (const [name, p] of Object.entries(parts)) {
    const t = p.named;
    console.log(`  ${name.padEnd(22)} ${String(t.events).padStart(7)} ${pct(t.exact + t.partial, t.events).padStart(9)} ${pct(t.withoutArticle, t.events)} ${pct(t.noSpeaker + t.noClaim, t.events).padStart(8)} ${pct(t.wrong, t.events)} ${String(p.author).padStart(7)} ${pct(p.authorWithSpeaker, p.author).padStart(12)}`);
  }
  console.log('\naccuracy = the actor is found (equal, or sharing a content word); exact = equal ignoring case, articles, Herr/Frau;');
  console.log('author→spkr = sentences the author states that get a speaker anyway.');
  if (options.errors) console.log(`\nmisses on the tuning half (odd paragraphs):\n${errors.join('\n')}`);
  return 0;
};

// Speaker attribution on real German parliamentary speeches: the SpkAtt-2023 train split
// (../shared/datasets/spkatt2023_train_de.jsonl, or $CLAIMSCOPE_DATASETS). The file is read in
// place, never copied. Each speech (`doc`) is joined into one document, sentence after sentence,
// so that pronouns and carried-over speakers resolve as in real text. Every annotated event with
// a speaker is scored: is there a claim overlapping its sentence, and does its speaker match?
// Usage: npm run eval -- --set spkatt [--labels] [--errors] [--json]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { extractClaims } from '../../lib/engine/index.ts';
import { addOutcome, emptyTally, type EventScore, isPronounSpeaker, scoreEvent, type Tally } from './spkatt-score.ts';

export const SPKATT_FILE = 'spkatt2023_train_de.jsonl';

const eventSchema = z.object({
  cue: z.string().nullable(),
  speaker: z.string().nullable(),
  speaker_elsewhere: z.boolean(),
  message: z.string().nullable(),
});
const rowSchema = z.object({ id: z.string(), doc: z.string(), sentence: z.number().int(), text: z.string(), events: z.array(eventSchema) });
type Row = z.infer<typeof rowSchema>;

type EventRun = EventScore & { row: Row; cue: string; gold: string; named: boolean; firstPerson: boolean; toSpeech: boolean };

/** $CLAIMSCOPE_DATASETS, else ../shared/datasets next to the repository. */
export const datasetsDir = (repoRoot: string): string => process.env.CLAIMSCOPE_DATASETS ?? path.resolve(repoRoot, '../shared/datasets');

const loadRows = (file: string): Row[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => rowSchema.parse(JSON.parse(line)));

// Speeches in file order, sentences in their order.
const groupSpeeches = (rows: Row[]): Row[][] => {
  const byDoc = new Map<string, Row[]>();
  for (const row of rows) byDoc.set(row.doc, [...(byDoc.get(row.doc) ?? []), row]);
  return [...byDoc.values()].map((speech) => speech.sort((a, b) => a.sentence - b.sentence));
};

// Bundestag records open a speech with „Name (Partei):" on its own line. The speech id holds the
// surname and party ("19002_Zusatzpunkt_3_CDUCSU_Jung_ID19209800_21.11.2017"); --labels prepends it.
const PARTIES: Record<string, string> = { CDUCSU: 'CDU/CSU', GRUENE: 'BÜNDNIS 90/DIE GRÜNEN', LINKE: 'DIE LINKE' };
export const speechLabel = (doc: string): { speaker: string; line: string } | null => {
  const parts = doc.split('_');
  const id = parts.findIndex((p) => /^ID\d+$/.test(p));
  if (id < 2) return null;
  const speaker = parts[id - 1];
  const party = PARTIES[parts[id - 2]] ?? parts[id - 2];
  return { speaker, line: `${speaker} (${party}):\n` };
};

const FIRST_PERSON = new Set(['ich', 'mich', 'mir', 'mein', 'meine', 'meiner', 'meinem', 'meinen', 'meines']);

const runSpeech = (speech: Row[], withLabel: boolean): EventRun[] => {
  const spans: Array<{ start: number; end: number }> = [];
  const label = withLabel ? speechLabel(speech[0].doc) : null;
  let text = label?.line ?? '';
  for (const row of speech) {
    if (text && !text.endsWith('\n')) text += ' ';
    spans.push({ start: text.length, end: text.length + row.text.length });
    text += row.text;
  }
  const { claims } = extractClaims(text, { lang: 'de' });
  return speech.flatMap((row, k) => {
    const span = spans[k];
    const speakers = claims.filter((c) => c.start < span.end && c.end > span.start).map((c) => c.speaker);
    return row.events.flatMap((event) => {
      if (!event.speaker) return [];
      const scored = scoreEvent(event.speaker, speakers);
      const firstPerson = FIRST_PERSON.has(event.speaker.toLowerCase());
      const toSpeech = firstPerson && label !== null && speakers.includes(label.speaker);
      return [{ row, cue: event.cue ?? '(none)', gold: event.speaker, named: !isPronounSpeaker(event.speaker), firstPerson, toSpeech, ...scored }];
    });
  });
};

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : '-').padStart(7);

const formatTable = (rows: Array<[string, Tally]>): string => {
  const head = `${'speakers'.padEnd(16)}${'events'.padStart(7)}${'no claim'.padStart(10)}${'no spkr'.padStart(9)}${'wrong'.padStart(7)}${'exact'.padStart(9)}${'exact-art'.padStart(10)}${'partial'.padStart(9)}${'tok F1'.padStart(8)}`;
  const lines = rows.map(([name, t]) =>
    `${name.padEnd(16)}${String(t.events).padStart(7)}${pct(t.noClaim, t.events).padStart(10)}${pct(t.noSpeaker, t.events).padStart(9)}` +
    `${pct(t.wrong, t.events)}${pct(t.exact, t.events).padStart(9)}${pct(t.withoutArticle, t.events).padStart(10)}${pct(t.exact + t.partial, t.events).padStart(9)}` +
    `${(t.events ? (t.f1 / t.events).toFixed(3) : '-').padStart(8)}`,
  );
  const note =
    'exact = normalised string equal (whitespace, case); exact-art = also ignoring leading articles and Herr/Frau;\n' +
    'partial = shares a content word (exact included); tok F1 = mean token-overlap F1.\n' +
    'no claim = no claim overlaps the sentence; no spkr = claims overlap it but none has a speaker.';
  return [head, ...lines, '', note].join('\n');
};

const MAX_CUES = 40;
const EXAMPLES_PER_CUE = Number(process.env.SPKATT_EXAMPLES ?? 2);

// Misses of named speakers grouped by the annotated cue word, most frequent first.
const formatErrors = (runs: EventRun[]): string => {
  const misses = runs.filter((r) => r.named && r.outcome !== 'exact');
  const byCue = new Map<string, EventRun[]>();
  for (const r of misses) byCue.set(r.cue.toLowerCase(), [...(byCue.get(r.cue.toLowerCase()) ?? []), r]);
  const groups = [...byCue.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, MAX_CUES);
  const lines = [`named-speaker misses (not exact): ${misses.length}, by cue (top ${MAX_CUES})`];
  for (const [cue, list] of groups) {
    const counts = list.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.outcome]: (acc[r.outcome] ?? 0) + 1 }), {});
    lines.push(`\n${cue} (${list.length}: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')})`);
    for (const r of list.slice(0, EXAMPLES_PER_CUE)) {
      lines.push(`  [${r.outcome}] gold «${r.gold}» got «${r.predicted ?? '-'}» :: ${r.row.text.slice(0, 160)}`);
    }
  }
  return lines.join('\n');
};

/** Runs the SpkAtt evaluation; returns the process exit code. */
export const runSpkatt = (repoRoot: string, options: { json: boolean; errors: boolean; labels: boolean }): number => {
  const file = path.join(datasetsDir(repoRoot), SPKATT_FILE);
  if (!existsSync(file)) {
    console.log(`spkatt: skipped, ${file} not found (set CLAIMSCOPE_DATASETS to the folder that holds ${SPKATT_FILE})`);
    return 0;
  }
  const started = performance.now();
  const speeches = groupSpeeches(loadRows(file));
  const runs = speeches.flatMap((speech) => runSpeech(speech, options.labels));
  const seconds = (performance.now() - started) / 1000;
  const tallies: Record<'named' | 'pronoun' | 'all', Tally> = { named: emptyTally(), pronoun: emptyTally(), all: emptyTally() };
  for (const r of runs) {
    addOutcome(tallies[r.named ? 'named' : 'pronoun'], r);
    addOutcome(tallies.all, r);
  }
  if (options.json) {
    console.log(JSON.stringify({ tallies, speeches: speeches.length, seconds }, null, 2));
    return 0;
  }
  const how = options.labels ? ', each opened by its „Name (Partei):" label' : '';
  console.log(`spkatt (SpkAtt-2023 train, de): ${speeches.length} speeches${how}, ${runs.length} events with a speaker\n`);
  console.log(formatTable([['named', tallies.named], ['pronoun', tallies.pronoun], ['all', tallies.all]]));
  if (options.labels) {
    const first = runs.filter((r) => r.firstPerson);
    console.log(`\nfirst person (ich, mein …) attributed to the speech's speaker: ${first.filter((r) => r.toSpeech).length}/${first.length}${pct(first.filter((r) => r.toSpeech).length, first.length)}`);
  }
  console.log(`\n${seconds.toFixed(2)} s`);
  if (options.errors) console.log(`\n${formatErrors(runs)}`);
  return 0;
};

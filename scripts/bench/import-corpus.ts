import fs from 'node:fs';
import path from 'node:path';

// Many small, distinct documents for bulk-import tests and the import benchmark: a few English
// news sentences each, with varied subjects, numbers and years (every text hashes differently).

const agencies = ['The statistics office', 'The city council', 'The health ministry', 'The transport authority', 'The central bank', 'The school board', 'The harbour authority'];
const things = ['jobs', 'flats', 'visitors', 'patients', 'tonnes of grain', 'passengers', 'teachers', 'buses'];
const places = ['the northern district', 'the old town', 'the port area', 'three suburbs', 'the region', 'the capital'];
const speakers = ['the minister said', 'a spokesperson said', 'the mayor told reporters', 'officials said on Monday'];

const pick = <T>(list: T[], n: number) => list[n % list.length];

export function generatedText(i: number, sentences = 4): string {
  const lines = Array.from({ length: sentences }, (_, k) => {
    const n = i * 7 + k * 13;
    return `${pick(agencies, n)} reported ${1000 + i * 10 + k} new ${pick(things, n + k)} in ${pick(places, i + k)} in ${1995 + ((i + k) % 30)}, ${pick(speakers, n + 2 * k)}.`;
  });
  return `# Report ${i}\n\n${lines.join(' ')}\n`;
}

/** Writes `count` files report-00000.txt … into `dir` (created when missing); returns their paths. */
export function writeGeneratedFiles(dir: string, count: number, sentences = 4): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const file = path.join(dir, `report-${String(i).padStart(5, '0')}.${i % 2 ? 'md' : 'txt'}`);
    fs.writeFileSync(file, generatedText(i, sentences));
    return file;
  });
}

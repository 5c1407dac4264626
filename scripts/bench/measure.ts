// Timing helpers for the engine benchmark: one pass over documents, on the main thread.
import type { BenchDocument } from './corpus.ts';

export type Measurement = {
  name: string;
  documents: number;
  bytes: number;
  seconds: number;
  /** What the pass produced (claims, sentences). */
  units: number;
  unitLabel: string;
  /** Peak resident set size of the process after this pass, in bytes. */
  peakRssBytes: number;
};

export const MB = 1_000_000;

export function readPeakRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/** Runs `process` over every document once and times the whole pass with performance.now(). */
export function measurePass(
  name: string,
  unitLabel: string,
  documents: BenchDocument[],
  process: (document: BenchDocument) => number,
): Measurement {
  let units = 0;
  let bytes = 0;
  const started = performance.now();
  for (const document of documents) {
    units += process(document);
    bytes += document.bytes;
  }
  const seconds = (performance.now() - started) / 1000;
  return { name, documents: documents.length, bytes, seconds, units, unitLabel, peakRssBytes: readPeakRssBytes() };
}

export const megabytesPerSecond = (m: Measurement): number => m.bytes / MB / m.seconds;

export function formatMeasurement(m: Measurement): string {
  const mb = (m.bytes / MB).toFixed(2).padStart(7);
  const seconds = m.seconds.toFixed(2).padStart(8);
  const speed = megabytesPerSecond(m).toFixed(2).padStart(9);
  const perSecond = Math.round(m.units / m.seconds).toLocaleString('en-US').padStart(11);
  return `${m.name.padEnd(34)}${mb} MB${seconds} s${speed} MB/s${perSecond} ${m.unitLabel}/s  (${m.units.toLocaleString('en-US')} ${m.unitLabel}, ${m.documents} docs)`;
}

/** "extraction is 12.3× slower than Intl.Segmenter" style comparison of two passes. */
export function formatRatio(subject: Measurement, reference: Measurement): string {
  const ratio = megabytesPerSecond(reference) / megabytesPerSecond(subject);
  const relation =
    ratio >= 1 ? `${ratio.toFixed(1)}× slower than` : `${(1 / ratio).toFixed(1)}× faster than`;
  return `${subject.name} is ${relation} ${reference.name} (MB/s ${megabytesPerSecond(subject).toFixed(2)} vs ${megabytesPerSecond(reference).toFixed(2)})`;
}

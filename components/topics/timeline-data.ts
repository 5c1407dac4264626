import type { TopicTimeline } from '@/lib/db/queries/topic-page';

// Turns a topic's chart data (aggregated in SQL, lib/db/queries/topic-page.ts) into chart series:
// one point per claim, stance counts per publication date, and one quantity series per counted
// subject (e.g. "NATO · Soldaten" over the years).

export const stanceValue = { supports: 1, mixed: 0.5, neutral: 0, opposes: -1 } as const;

export type StancePoint = { t: number; y: number; stance: keyof typeof stanceValue; label: string; date: string };
export type StanceBucket = { date: string; supports: number; opposes: number; neutral: number; mixed: number };
export type QuantitySeries = { key: string; points: { t: number; date: string; value: number; text: string }[] };

export function stancePoints(timeline: TopicTimeline): StancePoint[] {
  return timeline.points.map((p) => ({
    t: p.at.getTime(),
    y: stanceValue[p.stance],
    stance: p.stance,
    label: p.text.length >= 90 ? `${p.text.slice(0, 89)}…` : p.text,
    date: p.published,
  }));
}

export function stanceBuckets(timeline: TopicTimeline): StanceBucket[] {
  const buckets = new Map<string, StanceBucket>();
  for (const b of timeline.buckets) {
    const bucket = buckets.get(b.published) ?? { date: b.published, supports: 0, opposes: 0, neutral: 0, mixed: 0 };
    bucket[b.stance] += b.count;
    buckets.set(b.published, bucket);
  }
  return [...buckets.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export function quantitySeries(timeline: TopicTimeline): QuantitySeries[] {
  return timeline.series.map((s) => ({ key: s.key, points: s.points.map((p) => ({ t: p.at.getTime(), date: p.published, value: p.value, text: p.text })) }));
}

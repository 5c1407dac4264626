import type { TopicDetail } from '@/lib/db/queries/topics';

// Turns a topic's links into chart series: one point per claim, stance counts per publication
// date, and one quantity series per counted subject (e.g. "NATO · Soldaten" over the years).

export const stanceValue = { supports: 1, mixed: 0.5, neutral: 0, opposes: -1 } as const;

export type StancePoint = { t: number; y: number; stance: keyof typeof stanceValue; label: string; date: string };
export type StanceBucket = { date: string; supports: number; opposes: number; neutral: number; mixed: number };
export type QuantitySeries = { key: string; points: { t: number; date: string; value: number; text: string }[] };

export function stancePoints(topic: TopicDetail): StancePoint[] {
  return topic.claims
    .filter((l) => l.claim.document.publishedAt && l.status !== 'rejected')
    .map((l) => ({
      t: l.claim.document.publishedAt!.getTime(),
      y: stanceValue[l.stance],
      stance: l.stance,
      label: l.claim.text.length > 90 ? `${l.claim.text.slice(0, 89)}…` : l.claim.text,
      date: l.published ?? '',
    }));
}

export function stanceBuckets(topic: TopicDetail): StanceBucket[] {
  const buckets = new Map<string, StanceBucket>();
  for (const l of topic.claims) {
    if (!l.published || l.status === 'rejected') continue;
    const b = buckets.get(l.published) ?? { date: l.published, supports: 0, opposes: 0, neutral: 0, mixed: 0 };
    b[l.stance]++;
    buckets.set(l.published, b);
  }
  return [...buckets.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export function quantitySeries(topic: TopicDetail): QuantitySeries[] {
  const series = new Map<string, QuantitySeries>();
  for (const l of topic.claims) {
    const at = l.claim.document.publishedAt;
    if (!at || l.status === 'rejected') continue;
    for (const q of l.claim.quantities) {
      if (!q.subject && !q.unit) continue;
      const key = [q.subject, q.unit].filter(Boolean).join(' · ');
      const s = series.get(key) ?? { key, points: [] };
      s.points.push({ t: at.getTime(), date: l.published ?? '', value: q.value, text: q.text });
      series.set(key, s);
    }
  }
  return [...series.values()].filter((s) => s.points.length > 0).map((s) => ({ ...s, points: s.points.sort((a, b) => a.t - b.t) }));
}

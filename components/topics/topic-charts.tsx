'use client';

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { QuantitySeries, StanceBucket, StancePoint } from './timeline-data';

const year = (t: number) => new Date(t).getUTCFullYear().toString();
const stanceTick = (v: number) => (v === 1 ? 'supports' : v === -1 ? 'opposes' : v === 0 ? 'neutral' : v === 0.5 ? 'mixed' : '');

export function StanceTimeline({ points }: { points: StancePoint[] }) {
  if (points.length === 0) return null;
  return (
    <figure aria-label="Stance of each claim by publication date" data-testid="stance-timeline">
      <ResponsiveContainer width="100%" height={220}>
        <ScatterChart margin={{ top: 10, right: 20, bottom: 10, left: 10 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="t" type="number" domain={['dataMin - 15552000000', 'dataMax + 15552000000']} tickFormatter={year} name="published" />
          <YAxis dataKey="y" type="number" domain={[-1.2, 1.2]} ticks={[-1, 0, 0.5, 1]} tickFormatter={stanceTick} width={70} />
          <Tooltip formatter={(_v, _n, item) => (item?.payload as StancePoint | undefined)?.label ?? ''} labelFormatter={() => ''} />
          <Scatter data={points} fill="#4338ca" />
        </ScatterChart>
      </ResponsiveContainer>
    </figure>
  );
}

export function StanceBars({ buckets }: { buckets: StanceBucket[] }) {
  if (buckets.length === 0) return null;
  return (
    <figure aria-label="Stance counts over time" data-testid="stance-bars">
      <ResponsiveContainer width="100%" height={200}>
        <BarChart data={buckets}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="date" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Bar dataKey="supports" stackId="s" fill="#059669" />
          <Bar dataKey="mixed" stackId="s" fill="#d97706" />
          <Bar dataKey="neutral" stackId="s" fill="#a8a29e" />
          <Bar dataKey="opposes" stackId="s" fill="#e11d48" />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

export function QuantityCharts({ series }: { series: QuantitySeries[] }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2" data-testid="quantity-series">
      {series.map((s) => (
        <figure key={s.key} className="rounded border border-stone-200 bg-white p-2">
          <figcaption className="text-sm font-medium">{s.key}</figcaption>
          <ResponsiveContainer width="100%" height={160}>
            <LineChart data={s.points}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="date" />
              <YAxis />
              <Tooltip formatter={(_v, _n, item) => (item?.payload as { text: string } | undefined)?.text ?? ''} />
              <Line dataKey="value" stroke="#4338ca" dot />
            </LineChart>
          </ResponsiveContainer>
        </figure>
      ))}
    </div>
  );
}

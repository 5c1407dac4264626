'use client';

import { useState } from 'react';
import { createApiTokenAction, revokeApiTokenAction } from '@/lib/actions/api-tokens';
import { useServerAction } from '@/components/reader/use-server-action';

export type TokenView = {
  id: string;
  name: string;
  prefix: string;
  state: 'active' | 'revoked' | 'expired';
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  expiresAt: string | null;
};

const expiryChoices = [
  { label: 'Never', days: null },
  { label: '30 days', days: 30 },
  { label: '90 days', days: 90 },
  { label: '1 year', days: 365 },
] as const;

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC' : '—');

function NewSecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const copy = () => navigator.clipboard?.writeText(secret).then(() => setCopied(true), () => setCopied(false));
  return (
    <div role="status" className="space-y-2 rounded border border-emerald-300 bg-emerald-50 p-3 text-sm" data-testid="new-token">
      <p className="font-semibold">Token “{name}” created. Copy it now: it will not be shown again.</p>
      <div className="flex gap-2">
        <input readOnly value={secret} aria-label="New API token" onFocus={(e) => e.target.select()} className="w-full rounded border border-stone-300 bg-white px-2 py-1 font-mono text-xs" />
        <button type="button" onClick={copy} className="rounded border border-stone-300 bg-white px-2 py-1 text-xs">{copied ? 'Copied' : 'Copy'}</button>
      </div>
      <button type="button" onClick={onDone} className="text-xs text-indigo-700 hover:underline">I have stored it, hide it</button>
    </div>
  );
}

export function ApiTokenManager({ tokens }: { tokens: TokenView[] }) {
  const [name, setName] = useState('');
  const [days, setDays] = useState<number | null>(null);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { run, pending, error } = useServerAction();
  const create = (e: React.FormEvent) => {
    e.preventDefault();
    setNotice(null);
    run(() => createApiTokenAction({ name, expiresInDays: days }), (r) => {
      if (r.ok) {
        setCreated({ name: r.data.name, secret: r.data.secret });
        setName('');
      }
    });
  };
  const revoke = (t: TokenView) => {
    if (!window.confirm(`Revoke the token “${t.name}”? Scripts using it stop working at once.`)) return;
    setCreated(null);
    run(() => revokeApiTokenAction({ id: t.id }), (r) => r.ok && setNotice(`Revoked “${t.name}”.`));
  };
  const field = 'mt-1 block w-full rounded border border-stone-300 px-2 py-1 text-sm';
  return (
    <div className="space-y-6">
      {created && <NewSecret name={created.name} secret={created.secret} onDone={() => setCreated(null)} />}
      <form onSubmit={create} className="grid max-w-xl gap-3 rounded border border-stone-200 bg-white p-4 sm:grid-cols-3" aria-label="Create API token">
        <label className="text-xs text-stone-600 sm:col-span-2">Name (what uses it)<input required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} className={field} /></label>
        <label className="text-xs text-stone-600">Expires
          <select value={days ?? ''} onChange={(e) => setDays(e.target.value ? Number(e.target.value) : null)} className={field}>
            {expiryChoices.map((c) => <option key={c.label} value={c.days ?? ''}>{c.label}</option>)}
          </select>
        </label>
        <button type="submit" disabled={pending} className="rounded bg-indigo-700 px-3 py-1.5 text-sm text-white sm:col-span-3">Create token</button>
        {error && <p role="alert" className="text-sm text-red-700 sm:col-span-3">{error}</p>}
        {notice && !error && <p role="status" className="text-sm text-emerald-700 sm:col-span-3">{notice}</p>}
      </form>
      {tokens.length === 0 ? (
        <p className="text-sm text-stone-600">You have no API tokens yet.</p>
      ) : (
        <table className="w-full text-left text-sm" data-testid="token-table">
          <thead className="text-xs text-stone-500"><tr><th className="py-1">Name</th><th>Token</th><th>Created</th><th>Last used</th><th>Expires</th><th>State</th><th><span className="sr-only">Actions</span></th></tr></thead>
          <tbody className="divide-y divide-stone-200">
            {tokens.map((t) => (
              <tr key={t.id} data-token-id={t.id}>
                <td className="py-1.5 break-all">{t.name}</td>
                <td className="font-mono text-xs">{t.prefix}…</td>
                <td>{when(t.createdAt)}</td>
                <td>{when(t.lastUsedAt)}</td>
                <td>{when(t.expiresAt)}</td>
                <td>{t.state === 'revoked' ? `revoked ${when(t.revokedAt)}` : t.state}</td>
                <td>{t.state === 'active' && <button type="button" disabled={pending} onClick={() => revoke(t)} className="text-xs text-indigo-700 hover:underline" aria-label={`Revoke ${t.name}`}>Revoke</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

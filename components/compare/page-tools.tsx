'use client';

import { useState } from 'react';

export function PageTools() {
  const [copied, setCopied] = useState(false);
  return (
    <div className="no-print flex gap-2 text-sm">
      <button type="button" onClick={() => window.print()} className="rounded border border-stone-300 bg-white px-3 py-1 hover:bg-stone-100">
        Print handout
      </button>
      <button
        type="button"
        onClick={async () => {
          await navigator.clipboard?.writeText(window.location.href).catch(() => {});
          setCopied(true);
        }}
        className="rounded border border-stone-300 bg-white px-3 py-1 hover:bg-stone-100"
      >
        {copied ? 'Link copied' : 'Copy link'}
      </button>
    </div>
  );
}

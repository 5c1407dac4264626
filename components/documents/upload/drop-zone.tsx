'use client';

import { useRef, useState } from 'react';

// Drag-and-drop area with a file input (several files) for keyboard and touch users.
export function DropZone({ accept, onFiles }: { accept: string; onFiles: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <div
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onFiles([...e.dataTransfer.files]);
      }}
      className={`rounded-lg border-2 border-dashed p-6 text-center text-sm ${over ? 'border-indigo-500 bg-indigo-50' : 'border-stone-300 bg-white'}`}
    >
      <p className="text-stone-700">Drop files here ({accept}), or</p>
      <label className="mt-2 inline-block cursor-pointer rounded border border-indigo-300 px-3 py-1 text-indigo-800 hover:bg-indigo-50">
        choose files
        <input
          ref={input}
          type="file"
          multiple
          accept={accept}
          className="sr-only"
          aria-label="Files to add"
          onChange={(e) => {
            onFiles([...(e.target.files ?? [])]);
            if (input.current) input.current.value = '';
          }}
        />
      </label>
    </div>
  );
}

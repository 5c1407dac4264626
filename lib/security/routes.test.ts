import { describe, expect, it } from 'vitest';
import { areaOf } from './routes.ts';

describe('areaOf', () => {
  it('serves the files of public/ without a session, and nothing else by their look-alikes', () => {
    for (const p of ['/favicon.ico', '/icon.svg', '/icon-192.png', '/apple-touch-icon.png', '/og-image.png', '/manifest.webmanifest']) expect(areaOf(p)).toBe('public');
    expect(areaOf('/og-image.png/../review')).toBe('private');
    expect(areaOf('/icon-x.png')).toBe('private');
  });

  it('keeps reading pages and private pages apart', () => {
    expect(areaOf('/documents/abc')).toBe('reading');
    expect(areaOf('/review')).toBe('private');
    expect(areaOf('/login')).toBe('public');
  });
});

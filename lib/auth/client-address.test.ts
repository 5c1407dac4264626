import { describe, expect, it } from 'vitest';
import { normalizeAddress, parseTrustedProxies, resolveClientAddress, socketAddressHeader, unknownAddress } from './client-address.ts';

const request = (socket: string | null, forwardedFor?: string) => {
  const headers = new Headers();
  if (socket !== null) headers.set(socketAddressHeader, socket);
  if (forwardedFor !== undefined) headers.set('x-forwarded-for', forwardedFor);
  return headers;
};

describe('resolveClientAddress without trusted proxies', () => {
  const none = parseTrustedProxies(undefined);

  it('takes the socket address and ignores a forged X-Forwarded-For', () => {
    expect(resolveClientAddress(request('203.0.113.7', '198.51.100.1'), none)).toBe('203.0.113.7');
    expect(resolveClientAddress(request('203.0.113.7', '10.0.0.99, 127.0.0.1'), none)).toBe('203.0.113.7');
  });

  it('folds IPv4-mapped IPv6 socket addresses', () => {
    expect(resolveClientAddress(request('::ffff:127.0.0.1'), none)).toBe('127.0.0.1');
  });

  it('uses one shared bucket when the socket address is missing or garbage', () => {
    expect(resolveClientAddress(request(null, '198.51.100.1'), none)).toBe(unknownAddress);
    expect(resolveClientAddress(request('not-an-ip'), none)).toBe(unknownAddress);
  });
});

describe('resolveClientAddress behind trusted proxies', () => {
  const proxies = parseTrustedProxies('10.0.0.0/8, ::1, 192.0.2.10');

  it('takes the right-most X-Forwarded-For entry that is not a trusted proxy', () => {
    expect(resolveClientAddress(request('10.1.2.3', '198.51.100.1, 203.0.113.9'), proxies)).toBe('203.0.113.9');
    expect(resolveClientAddress(request('10.1.2.3', '198.51.100.1, 203.0.113.9, 192.0.2.10'), proxies)).toBe('203.0.113.9');
    expect(resolveClientAddress(request('::1', '2001:DB8::1'), proxies)).toBe('2001:db8::1');
  });

  it('ignores entries a client prepended', () => {
    const forged = request('10.1.2.3', '1.1.1.1, 2.2.2.2, 203.0.113.9');
    expect(resolveClientAddress(forged, proxies)).toBe('203.0.113.9');
  });

  it('falls back to the socket or the last good hop', () => {
    expect(resolveClientAddress(request('10.1.2.3'), proxies)).toBe('10.1.2.3');
    expect(resolveClientAddress(request('10.1.2.3', 'garbage, 10.0.0.5'), proxies)).toBe('10.0.0.5');
  });

  it('does not believe X-Forwarded-For from an untrusted socket', () => {
    expect(resolveClientAddress(request('203.0.113.50', '198.51.100.1'), proxies)).toBe('203.0.113.50');
  });
});

describe('parseTrustedProxies and normalizeAddress', () => {
  it('rejects entries that are not addresses or CIDRs', () => {
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/10.0.0.0\/33/);
    expect(() => parseTrustedProxies('proxy.local')).toThrow(/not an IP address/);
  });

  it('normalises bracketed IPv6 and rejects junk', () => {
    expect(normalizeAddress('[::1]')).toBe('::1');
    expect(normalizeAddress('1.2.3.4:80')).toBeNull();
    expect(normalizeAddress('')).toBeNull();
  });
});

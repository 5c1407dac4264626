import net from 'node:net';

// Which client a request comes from, for the sign-in limiter (docs/security.md).
//
// What Next.js 16.4 gives us (read in node_modules/next/dist/server/base-server.js): before routing
// it runs `req.headers['x-forwarded-for'] ??= socket.remoteAddress`. It only fills the header
// when the client sent none; a client-supplied X-Forwarded-For reaches route handlers and server
// actions unchanged, and the socket address is exposed nowhere else (NextRequest.ip is gone).
// So X-Forwarded-For is forgeable and never read unless a trusted proxy wrote it. The socket
// address comes from lib/auth/socket-address.ts, which stamps it onto every request (overwriting
// whatever the client sent under that name) before Next sees it.

export const socketAddressHeader = 'x-claimscope-socket-address';

/** Used when the socket address is unknown (e.g. a server without the stamp): one shared bucket. */
export const unknownAddress = 'unknown';

export type TrustedProxies = net.BlockList;

/** Parses CLAIMSCOPE_TRUSTED_PROXIES: a comma list of IPv4/IPv6 addresses or CIDRs. Throws on a bad entry. */
export function parseTrustedProxies(setting: string | undefined): TrustedProxies {
  const list = new net.BlockList();
  for (const entry of (setting ?? '').split(',').map((e) => e.trim()).filter(Boolean)) {
    const [address, bits] = entry.split('/');
    const family = net.isIPv4(address) ? 'ipv4' : net.isIPv6(address) ? 'ipv6' : null;
    const prefix = bits === undefined ? undefined : Number(bits);
    const maxPrefix = family === 'ipv4' ? 32 : 128;
    if (!family || (prefix !== undefined && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= maxPrefix))) {
      throw new Error(`CLAIMSCOPE_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR (e.g. 10.0.0.0/8, ::1)`);
    }
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, prefix, family);
  }
  return list;
}

/** "::ffff:1.2.3.4" → "1.2.3.4", "[::1]" → "::1"; null when it is no IP address. */
export function normalizeAddress(raw: string | null | undefined): string | null {
  let address = (raw ?? '').trim();
  if (address.startsWith('[') && address.includes(']')) address = address.slice(1, address.indexOf(']'));
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address)) address = address.slice(7);
  if (net.isIPv4(address)) return address;
  if (net.isIPv6(address)) return address.toLowerCase();
  return null;
}

function isTrusted(address: string, proxies: TrustedProxies): boolean {
  return proxies.check(address, net.isIPv4(address) ? 'ipv4' : 'ipv6');
}

/**
 * The client's address: the socket's, unless the socket is a trusted proxy; then the right-most
 * X-Forwarded-For entry that is not a trusted proxy (entries left of it are the client's own claims).
 */
export function resolveClientAddress(headers: Headers, proxies: TrustedProxies): string {
  const socket = normalizeAddress(headers.get(socketAddressHeader));
  if (!socket) return unknownAddress;
  if (!isTrusted(socket, proxies)) return socket;
  const hops = (headers.get('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim()).filter(Boolean);
  let client = socket;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]);
    if (!hop) return client; // garbage a proxy passed through from the client: stop at the last good hop
    client = hop;
    if (!isTrusted(hop, proxies)) return hop;
  }
  return client;
}

import net from 'node:net';
import ipaddr from 'ipaddr.js';

// Which addresses a URL import may connect to. Only global unicast addresses, unless the
// operator allows a host or range (CLAIMSCOPE_FETCH_ALLOW), e.g. an intranet archive.

export type AllowList = { hosts: Set<string>; ranges: net.BlockList; entries: string[] };

const bare = (host: string) => host.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();

/** Parses allow entries: host names, IP addresses or CIDR ranges. Throws on a malformed range. */
export function parseAllowList(entries: string[]): AllowList {
  const hosts = new Set<string>();
  const ranges = new net.BlockList();
  for (const raw of entries.map((e) => e.trim()).filter(Boolean)) {
    const [address, bits] = raw.split('/');
    const family = net.isIPv4(bare(address)) ? 'ipv4' : net.isIPv6(bare(address)) ? 'ipv6' : null;
    if (!family) {
      if (bits !== undefined || !/^[a-z0-9.-]+$/i.test(bare(raw))) throw new Error(`CLAIMSCOPE_FETCH_ALLOW: "${raw}" is not a host name, IP address or CIDR range`);
      hosts.add(bare(raw));
      continue;
    }
    const prefix = bits === undefined ? undefined : Number(bits);
    if (prefix !== undefined && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= (family === 'ipv4' ? 32 : 128))) {
      throw new Error(`CLAIMSCOPE_FETCH_ALLOW: "${raw}" is not a valid CIDR range`);
    }
    if (prefix === undefined) ranges.addAddress(bare(address), family);
    else ranges.addSubnet(bare(address), prefix, family);
  }
  return { hosts, ranges, entries };
}

/** The address as the network sees it: IPv4-mapped IPv6 (::ffff:127.0.0.1) as IPv4. */
export function canonicalAddress(address: string): string {
  const parsed = ipaddr.parse(bare(address));
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) return (parsed as ipaddr.IPv6).toIPv4Address().toString();
  return parsed.toString();
}

/**
 * The reason an address may not be fetched ('loopback', 'private', …), or null when it is a
 * global unicast address. Everything ipaddr.js does not call unicast is refused, including
 * documentation, benchmarking, carrier-grade NAT and IPv4-embedding IPv6 ranges.
 */
export function refusedRange(address: string): string | null {
  const range = ipaddr.parse(canonicalAddress(address)).range();
  return range === 'unicast' ? null : range;
}

export function isAllowed(host: string, address: string, allow: AllowList): boolean {
  if (allow.hosts.has(bare(host))) return true;
  const canonical = canonicalAddress(address);
  const family = net.isIPv4(canonical) ? 'ipv4' : 'ipv6';
  return allow.ranges.check(canonical, family) || (family === 'ipv4' && allow.ranges.check(`::ffff:${canonical}`, 'ipv6'));
}

export const isIpLiteral = (host: string) => net.isIP(bare(host)) !== 0;
export const bareHost = bare;

import { lookup, type LookupAddress, type LookupOptions } from 'node:dns';
import ipaddr from 'ipaddr.js';
import { Agent } from 'undici';
import { InputError } from './input-error.js';

/** A range of addresses admitted though not public (`--fetch-allow 10.20.0.0/16`), as ipaddr.js parses it. */
export type AddressRange = [ipaddr.IPv4 | ipaddr.IPv6, number];

/**
 * True for an address on the public internet. Loopback (127.0.0.1, ::1), private (10/8,
 * 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16: cloud metadata services; fe80::/10),
 * carrier-grade NAT, unspecified, multicast and reserved ranges are not; IPv4-mapped IPv6
 * (::ffff:127.0.0.1) counts as its IPv4 address.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/**
 * A range as written on a command line: CIDR ("10.20.0.0/16", "fd00::/8") or one address
 * ("127.0.0.1", a /32 or /128). Null when it is neither.
 */
export function parseAddressRange(text: string): AddressRange | null {
  if (ipaddr.isValidCIDR(text)) return ipaddr.parseCIDR(text);
  if (!ipaddr.isValid(text)) return null;
  const address = ipaddr.parse(text);
  return [address, address.kind() === 'ipv4' ? 32 : 128];
}

/** True for a public address, or one inside a range of `allowed` (IPv4-mapped IPv6 matched as IPv4). */
export function isAllowedAddress(address: string, allowed: readonly AddressRange[] = []): boolean {
  if (isPublicAddress(address)) return true;
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return allowed.some((range) => parsed.kind() === range[0].kind() && parsed.match(range));
}

/** What a refusal tells the reader to do (the CLI's option; the server's is `--fetch-allow`). */
const PRIVATE_URLS_HINT = 'which a link may reach only with --allow-private-urls';

/** The reason a link to a non-public address is not fetched. */
export function privateAddressError(host: string, address: string, hint = PRIVATE_URLS_HINT): InputError {
  const at = host === address ? host : `${host} (${address})`;
  return new InputError('unreadable', `not fetched: ${at} is a loopback or private address, ${hint}`);
}

/** An IP literal's address as written in a URL's host ("[::1]" → "::1"), or null for a name. */
export function literalAddress(hostname: string): string | null {
  const bare = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
  return ipaddr.isValid(bare) ? bare : null;
}

/** Which addresses a download may connect to besides public ones, and what a refusal says. */
export interface AddressPolicy {
  allowed?: readonly AddressRange[];
  hint?: string;
}

/**
 * A `lookup` for connecting that looks a name up as `dns.lookup` does, and fails when any address
 * it gives is neither public nor allowed. The address checked is the address connected to: a name
 * that first resolves to a public address and then to 127.0.0.1 (DNS rebinding) is still refused.
 */
function checkedLookup(policy: AddressPolicy) {
  return (
    hostname: string,
    options: LookupOptions,
    callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void,
  ): void => {
    lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const bad = addresses.find((a) => !isAllowedAddress(a.address, policy.allowed));
      if (bad) return callback(privateAddressError(hostname, bad.address, policy.hint), []);
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

const agents = new Map<string, Agent>();

/** An HTTP agent that connects to public addresses and those `policy` allows only (see `checkedLookup`). */
export function publicOnlyAgent(policy: AddressPolicy = {}): Agent {
  const key = JSON.stringify([policy.hint, (policy.allowed ?? []).map(([a, bits]) => `${a.toString()}/${bits}`)]);
  let agent = agents.get(key);
  if (!agent) agents.set(key, (agent = new Agent({ connect: { lookup: checkedLookup(policy) } })));
  return agent;
}

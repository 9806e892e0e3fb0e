import { lookup, type LookupAddress, type LookupOptions } from 'node:dns';
import ipaddr from 'ipaddr.js';
import { Agent } from 'undici';
import { InputError } from './input-error.js';

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

/** The reason a link to a non-public address is not fetched. */
export function privateAddressError(host: string, address: string): InputError {
  const at = host === address ? host : `${host} (${address})`;
  return new InputError(
    'unreadable',
    `not fetched: ${at} is a loopback or private address, which a link may reach only with --allow-private-urls`,
  );
}

/** An IP literal's address as written in a URL's host ("[::1]" → "::1"), or null for a name. */
export function literalAddress(hostname: string): string | null {
  const bare = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
  return ipaddr.isValid(bare) ? bare : null;
}

/**
 * Looks a name up as `dns.lookup` does, and fails when any address it gives is not public. Used
 * when connecting, so the address checked is the address connected to: a name that first resolves
 * to a public address and then to 127.0.0.1 (DNS rebinding) is still refused.
 */
function publicLookup(
  hostname: string,
  options: LookupOptions,
  callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void,
): void {
  lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad) return callback(privateAddressError(hostname, bad.address), []);
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}

let publicAgent: Agent | undefined;

/** An HTTP agent that connects to public addresses only (see `publicLookup`). */
export function publicOnlyAgent(): Agent {
  publicAgent ??= new Agent({ connect: { lookup: publicLookup } });
  return publicAgent;
}

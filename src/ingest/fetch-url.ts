import { STATUS_CODES } from 'node:http';
import { fetch } from 'undici';
import type { KnownMeta, SourceDocument } from '../model.js';
import { ACCEPT_HEADER, FEED_TYPES, PAGE_TYPES, PLAIN_TEXT_TYPES, REDIRECT_STATUSES } from './data/media-types.js';
import { InputError } from './input-error.js';
import {
  isAllowedAddress,
  literalAddress,
  privateAddressError,
  publicOnlyAgent,
  type AddressPolicy,
} from './public-address.js';
import { DEFAULT_MAX_BYTES, readDocumentFromBytes, readStreamBytes, type ReadLimits } from './read-document.js';

/** Default time allowed for a whole download (connection, redirects and body): 15,000 ms. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** Default number of redirects followed before giving up: 5. */
export const DEFAULT_MAX_REDIRECTS = 5;

/** Limits of one download. */
export interface FetchOptions {
  /** Time allowed for the whole download, in milliseconds. Default `DEFAULT_TIMEOUT_MS` (15 s). */
  timeoutMs?: number;
  /** Largest body accepted, in bytes (after content decoding). Default `DEFAULT_MAX_BYTES` (20 MB). */
  maxBytes?: number;
  /** Redirects followed at most. Default `DEFAULT_MAX_REDIRECTS` (5). */
  maxRedirects?: number;
  /** Fetch loopback and private addresses wherever a URL leads (`--allow-private-urls`). Default false. */
  allowPrivateUrls?: boolean;
  /**
   * The one host name that may be a loopback or private address without `allowPrivateUrls`:
   * by default the host of the URL asked for (the caller chose it), or null for none (a link
   * found in a feed file). Any other host, a redirect's included, must be a public address.
   */
  trustedHost?: string | null;
  /**
   * Ranges admitted besides public addresses, and what a refusal says: the server's
   * `--fetch-allow 10.20.0.0/16` for a newsroom's intranet mirror. Default none.
   */
  addressPolicy?: AddressPolicy;
  /** Ends the download early (a feed's overall deadline), besides `timeoutMs`. */
  signal?: AbortSignal;
}

/** A body downloaded over HTTP(S), with what the server said about it. */
export interface FetchedBody {
  /** The URL as asked for. */
  requested: string;
  /** The URL the body came from, after redirects. */
  url: string;
  bytes: Uint8Array;
  /** Media type from `Content-Type`, lower case, without parameters (`text/html`), or null. */
  mediaType: string | null;
  /** Charset from `Content-Type` (`windows-1252`), or null. */
  charset: string | null;
  /** `page` for HTML and text (and an unlabelled body); `xml` for feed and XML types. */
  kind: 'page' | 'xml';
}

const HTTP_URL = /^https?:$/;
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)"?/i;

/**
 * Downloads one http(s) URL with Node's `fetch`: follows redirects by hand (at most
 * `maxRedirects`, loops detected, only to http(s)), refuses error statuses and types that are
 * not pages, text or feeds, and stops reading — aborting the connection — as soon as the body
 * passes `maxBytes`. One deadline (`timeoutMs`) covers the whole download.
 *
 * @throws InputError with a one-line reason: `HTTP 404 Not Found`, `no answer within 15 s`,
 *   `redirect loop: a → b → a`, `unsupported content type image/png …`, the size limit
 */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<FetchedBody> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const chain = [_httpUrl(url, 'not an http(s) URL')];
  const trusted = options.trustedHost === undefined ? new URL(chain[0]!).hostname : options.trustedHost;
  try {
    for (;;) {
      const current = chain[chain.length - 1]!;
      const res = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { accept: ACCEPT_HEADER, 'user-agent': 'crosscheck' },
        dispatcher: _dispatcher(current, trusted, options),
      });
      if (REDIRECT_STATUSES.has(res.status)) {
        await res.body?.cancel();
        chain.push(_nextHop(res.headers.get('location'), current, chain, maxRedirects));
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new InputError(
          res.status === 404 || res.status === 410 ? 'not-found' : 'unreadable',
          `HTTP ${res.status} ${res.statusText || STATUS_CODES[res.status] || ''}`.trim(),
        );
      }
      const { mediaType, charset } = parseContentType(res.headers.get('content-type'));
      const kind = _kindOf(mediaType);
      if (!kind) {
        await res.body?.cancel();
        throw new InputError(
          'binary',
          `unsupported content type ${mediaType}: crosscheck reads HTML, plain text, RSS and Atom feeds`,
        );
      }
      // An endless or oversized body is cut at the limit: readStreamBytes throws and the stream is cancelled.
      const bytes = res.body
        ? await readStreamBytes(res.body, options.maxBytes ?? DEFAULT_MAX_BYTES)
        : new Uint8Array();
      return { requested: url, url: current, bytes, mediaType, charset, kind };
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    const cause = (e as { cause?: unknown }).cause;
    if (cause instanceof InputError) throw cause;
    if (timeout.aborted) throw new InputError('unreadable', `no answer within ${_seconds(timeoutMs)} (timeout)`);
    if (options.signal?.aborted) throw _abortReason(options.signal);
    throw new InputError('unreadable', `cannot fetch: ${_networkReason(e)}`);
  }
}

/**
 * How to connect to `url`: as usual when its host is trusted or private addresses are allowed;
 * else through an agent that connects to public addresses (and the policy's ranges) only (checked after the name is looked
 * up, so a name cannot change its address between the check and the connection). An IP literal
 * is never looked up, so it is checked here.
 *
 * @throws InputError for a literal loopback or private address
 */
function _dispatcher(url: string, trusted: string | null, options: FetchOptions) {
  const host = new URL(url).hostname;
  if (options.allowPrivateUrls || host === trusted) return undefined;
  const policy = options.addressPolicy ?? {};
  const literal = literalAddress(host);
  if (literal !== null && !isAllowedAddress(literal, policy.allowed))
    throw privateAddressError(host, literal, policy.hint);
  return publicOnlyAgent(policy);
}

/** The reason given when `signal` (a feed's deadline) ended a download: an InputError, or the abort reason as one. */
function _abortReason(signal: AbortSignal): InputError {
  const r: unknown = signal.reason;
  return r instanceof InputError ? r : new InputError('unreadable', 'stopped before an answer came');
}

/**
 * A `Content-Type` header's media type (lower case, no parameters) and charset:
 * "text/html; charset=ISO-8859-1" → `text/html`, `ISO-8859-1`. Both null when there is no header.
 */
export function parseContentType(header: string | null | undefined): {
  mediaType: string | null;
  charset: string | null;
} {
  if (!header) return { mediaType: null, charset: null };
  return {
    mediaType: header.split(';', 1)[0]!.trim().toLowerCase() || null,
    charset: CHARSET.exec(header)?.[1] ?? null,
  };
}

/** The next URL of a redirect, checked against the limit, loops and non-http(s) targets. */
function _nextHop(location: string | null, current: string, chain: string[], maxRedirects: number): string {
  if (!location) throw new InputError('unreadable', `redirect (from ${current}) without a Location header`);
  const next = _httpUrl(new URL(location, current).href, `redirect to a URL crosscheck does not fetch (${location})`);
  // "a → b → a": the same URL again can only go round in circles.
  if (chain.includes(next)) throw new InputError('unreadable', `redirect loop: ${[...chain, next].join(' → ')}`);
  if (chain.length > maxRedirects)
    throw new InputError('unreadable', `more than ${maxRedirects} redirects (last ${next})`);
  return next;
}

/** `url` normalised by the URL parser when it is http(s); otherwise an InputError with `reason`. */
function _httpUrl(url: string, reason: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError('unreadable', reason);
  }
  if (!HTTP_URL.test(parsed.protocol)) throw new InputError('unreadable', reason);
  return parsed.href;
}

/** `page`, `xml`, or null for a type crosscheck does not read (image/png, application/pdf). */
function _kindOf(mediaType: string | null): FetchedBody['kind'] | null {
  if (mediaType === null || PAGE_TYPES.has(mediaType)) return 'page';
  if (FEED_TYPES.has(mediaType) || mediaType.endsWith('+xml')) return 'xml';
  return null;
}

/** undici's "fetch failed" hides the reason in `cause`: ECONNREFUSED, ENOTFOUND, a TLS error. */
function _networkReason(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (e as Error).message;
}

/** 15000 → "15 s"; 200 → "0.2 s". */
function _seconds(ms: number): string {
  return `${ms / 1000} s`;
}

/**
 * Reads a downloaded page (or a WARC record's payload) into a document, as `readDocumentFromBytes` does, with the charset the
 * server declared as a hint and `text/plain` read as text. `meta` (from a feed item) overrides
 * what the page says.
 *
 * @param origin the document's origin: the URL as given
 * @throws InputError as `readDocumentFromBytes` does
 */
export function documentFromBody(
  body: Pick<FetchedBody, 'bytes' | 'url' | 'mediaType' | 'charset'>,
  origin: string,
  meta: KnownMeta = {},
  limits: ReadLimits = {},
): Promise<SourceDocument> {
  const format =
    body.mediaType && PLAIN_TEXT_TYPES.has(body.mediaType)
      ? body.mediaType === 'text/markdown'
        ? 'markdown'
        : 'text'
      : undefined;
  return readDocumentFromBytes(body.bytes, origin, {
    name: body.url,
    charset: body.charset,
    ...limits,
    meta,
    ...(format ? { format } : {}),
  });
}

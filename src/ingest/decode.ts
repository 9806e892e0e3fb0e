import chardet from 'chardet';
import iconv from 'iconv-lite';
import {
  BINARY_SAMPLE_BYTES,
  CHARDET_SAMPLE_BYTES,
  MAX_CONTROL_SHARE,
  MIN_CHARDET_CONFIDENCE,
  NOT_LEGACY_GUESSES,
  UTF8_LABELS,
  WINDOWS_1252_ALIASES,
} from './data/encodings.js';
import { InputError } from './input-error.js';

/** Text decoded from bytes, with the name of the encoding it was read in. */
export interface DecodedText {
  /** The decoded text, byte-order mark removed, line endings untouched. */
  text: string;
  /** `UTF-8`, `UTF-16LE`, `UTF-16BE`, or the legacy encoding's name (`windows-1252`, `KOI8-R`…). */
  encoding: string;
}

/** What the container said about the bytes. */
export interface DecodeHints {
  /** Charset declared by the page (`<meta charset>`) or the server (`Content-Type`), if any. */
  declaredCharset?: string | null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true });

/**
 * Decodes bytes into text. Order: a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE); else
 * bytes that are valid UTF-8 are UTF-8; else a declared legacy charset; else chardet's guess,
 * decoded with iconv-lite. Pure.
 *
 * @throws InputError `binary` for NUL bytes or many control characters, `undecodable` for bytes
 *   that fit no encoding (broken UTF-8, a guess below `MIN_CHARDET_CONFIDENCE`, bytes undefined
 *   in the guessed encoding).
 */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): DecodedText {
  const bom = _decodeWithBom(bytes);
  if (bom) {
    if (bom.text.includes('\0')) throw _binary();
    return bom;
  }
  _assertNotBinary(bytes);
  try {
    return { text: utf8.decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: a legacy encoding, or UTF-8 with broken bytes (checked next).
  }
  _assertNotBrokenUtf8(bytes);
  const encoding = _legacyEncoding(bytes, hints.declaredCharset);
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    // Single-byte encodings map byte i to character i, so the offset names the byte.
    const where =
      text.length === bytes.length ? ` (byte 0x${bytes[bad]!.toString(16).toUpperCase()} at offset ${bad})` : '';
    throw new InputError('undecodable', `undecodable bytes: not valid UTF-8, nor valid ${encoding}${where}`);
  }
  return { text, encoding };
}

/** "\uFEFFtext" with a UTF-8, UTF-16LE or UTF-16BE byte-order mark; null without one. */
function _decodeWithBom(bytes: Uint8Array): DecodedText | null {
  const [b0, b1, b2] = bytes;
  let decoder: TextDecoder | null = null;
  let encoding = '';
  let skip = 0;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) [decoder, encoding, skip] = [utf8, 'UTF-8', 3];
  else if (b0 === 0xff && b1 === 0xfe) [decoder, encoding, skip] = [utf16le, 'UTF-16LE', 2];
  else if (b0 === 0xfe && b1 === 0xff) [decoder, encoding, skip] = [utf16be, 'UTF-16BE', 2];
  if (!decoder) return null;
  try {
    // TextDecoder drops the BOM itself; decoding the rest keeps that explicit.
    return { text: decoder.decode(bytes.subarray(skip)), encoding };
  } catch {
    throw new InputError(
      'undecodable',
      `undecodable bytes: the file starts with a ${encoding} byte-order mark but is not valid ${encoding}`,
    );
  }
}

function _binary(): InputError {
  return new InputError(
    'binary',
    'binary file: contains NUL bytes (or is UTF-16 without a byte-order mark), not text or HTML',
  );
}

/** NUL anywhere, or more than 1% control bytes in the first 64 KB ("\x01\x02…" of an executable). */
function _assertNotBinary(bytes: Uint8Array): void {
  if (bytes.indexOf(0) >= 0) throw _binary();
  const n = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    // Tab, LF, VT, FF, CR and ESC (ANSI colours) occur in real text files.
    if ((b < 0x20 && (b < 0x09 || (b > 0x0d && b !== 0x1b))) || b === 0x7f) controls++;
  }
  if (controls > n * MAX_CONTROL_SHARE) {
    throw new InputError(
      'binary',
      `binary file: ${controls} control characters in the first ${n} bytes, not text or HTML`,
    );
  }
}

/**
 * Rejects UTF-8 damaged in places: "â€" where "—" was cut. Such bytes are not valid UTF-8, yet
 * chardet calls them windows-1252 and decoding would silently turn every "—" into "â€”". Text in
 * a real legacy encoding has (almost) no valid multi-byte UTF-8 sequences, so when valid
 * sequences outnumber invalid ones the input is broken UTF-8.
 */
function _assertNotBrokenUtf8(bytes: Uint8Array): void {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  if (valid > invalid) {
    throw new InputError(
      'undecodable',
      `undecodable bytes: invalid UTF-8 at byte offset ${firstInvalid} in otherwise UTF-8 text`,
    );
  }
}

/** The legacy encoding to decode with: a declared one iconv-lite knows, else chardet's best guess. */
function _legacyEncoding(bytes: Uint8Array, declared: string | null | undefined): string {
  const label = declared?.trim().toLowerCase();
  if (label && !UTF8_LABELS.has(label)) {
    if (WINDOWS_1252_ALIASES.has(label)) return 'windows-1252';
    if (iconv.encodingExists(label)) return label;
  }
  const guess = chardet
    .analyse(bytes.subarray(0, CHARDET_SAMPLE_BYTES))
    .find((m) => !NOT_LEGACY_GUESSES.has(m.name) && iconv.encodingExists(m.name));
  if (!guess || guess.confidence < MIN_CHARDET_CONFIDENCE) {
    const best = guess ? ` (best guess ${guess.name}, ${guess.confidence}% sure)` : '';
    throw new InputError('undecodable', `undecodable bytes: not UTF-8, and the encoding cannot be recognised${best}`);
  }
  // Latin-1 text with bytes 0x80–0x9F is windows-1252: those are its curly quotes and dashes.
  if (guess.name === 'ISO-8859-1' && _hasC1Bytes(bytes)) return 'windows-1252';
  return guess.name;
}

function _hasC1Bytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80 && bytes[i]! <= 0x9f) return true;
  return false;
}

import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, InputError } from '../../src/ingest/index.js';

/** A sentence in the style of a wire report, with curly quotes, a dash and accented letters. */
const ENGLISH =
  'The café owner, Hélène Roussel, said \u201cat least 40 people\u201d had sheltered in her cellar \u2014 ' +
  'a figure the mayor\u2019s office later confirmed.';
const RUSSIAN =
  'По словам местных властей, в результате обстрела погибли по меньшей мере 12 человек, ещё 30 получили ранения.';
const FRENCH =
  'Selon le ministère, 40 personnes ont été tuées à Kherson. « Nous ne savons pas combien sont encore sous les décombres », a-t-il déclaré.';

function errorOf(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('decodeBytes', () => {
  it('reads UTF-8', () => {
    expect(decodeBytes(Buffer.from(ENGLISH, 'utf8'))).toEqual({ text: ENGLISH, encoding: 'UTF-8' });
  });

  it('strips a UTF-8 byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ENGLISH, 'utf8')]);
    const { text, encoding } = decodeBytes(bytes);
    expect(encoding).toBe('UTF-8');
    expect(text).toBe(ENGLISH);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('reads UTF-16LE and UTF-16BE with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(RUSSIAN, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeBytes(le)).toEqual({ text: RUSSIAN, encoding: 'UTF-16LE' });
    expect(be[0]).toBe(0xfe);
    expect(decodeBytes(be)).toEqual({ text: RUSSIAN, encoding: 'UTF-16BE' });
  });

  it('reads windows-1252 with curly quotes, a dash and é', () => {
    const { text, encoding } = decodeBytes(iconv.encode(ENGLISH, 'windows-1252'));
    expect(encoding).toBe('windows-1252');
    expect(text).toBe(ENGLISH);
  });

  it('reads KOI8-R', () => {
    expect(decodeBytes(iconv.encode(RUSSIAN, 'koi8-r'))).toEqual({ text: RUSSIAN, encoding: 'KOI8-R' });
  });

  it('reads ISO-8859-1', () => {
    expect(decodeBytes(iconv.encode(FRENCH, 'latin1'))).toEqual({ text: FRENCH, encoding: 'ISO-8859-1' });
  });

  it('follows a declared legacy charset over the guess', () => {
    // windows-1251 and KOI8-R are both Cyrillic; the page's own declaration decides.
    const { text, encoding } = decodeBytes(iconv.encode(RUSSIAN, 'windows-1251'), { declaredCharset: 'windows-1251' });
    expect(encoding).toBe('windows-1251');
    expect(text).toBe(RUSSIAN);
  });

  it('ignores a declared charset when the bytes are valid UTF-8', () => {
    expect(decodeBytes(Buffer.from(ENGLISH, 'utf8'), { declaredCharset: 'iso-8859-1' }).encoding).toBe('UTF-8');
  });

  it('keeps line endings as they are (normalising is the reader’s job)', () => {
    expect(decodeBytes(Buffer.from('a\r\nb\rc')).text).toBe('a\r\nb\rc');
  });

  it('rejects NUL bytes as binary', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const e = errorOf(() => decodeBytes(png));
    expect(e.code).toBe('binary');
    expect(e.message).toMatch(/^binary file: contains NUL bytes/);
  });

  it('rejects UTF-16 without a byte-order mark as binary, saying why', () => {
    expect(errorOf(() => decodeBytes(Buffer.from('Kyiv', 'utf16le'))).message).toContain(
      'UTF-16 without a byte-order mark',
    );
  });

  it('rejects many control characters as binary', () => {
    const bytes = Buffer.from('header\x01\x02\x03\x04\x05\x06\x07\x08body text'.repeat(20), 'latin1');
    const e = errorOf(() => decodeBytes(bytes));
    expect(e.code).toBe('binary');
    expect(e.message).toMatch(/control characters/);
  });

  it('accepts a stray control character in long text', () => {
    const text = `${ENGLISH}\x1b[0m ${ENGLISH.repeat(5)}\f`;
    expect(decodeBytes(Buffer.from(text)).text).toBe(text);
  });

  it('rejects UTF-8 with broken sequences instead of reading it as windows-1252', () => {
    const bytes = Buffer.concat([
      Buffer.from(`${ENGLISH} `, 'utf8'),
      Buffer.from([0xe2, 0x80]),
      Buffer.from(' and 12 were wounded.', 'utf8'),
    ]);
    const e = errorOf(() => decodeBytes(bytes));
    expect(e.code).toBe('undecodable');
    expect(e.message).toBe(
      `undecodable bytes: invalid UTF-8 at byte offset ${Buffer.byteLength(ENGLISH) + 1} in otherwise UTF-8 text`,
    );
  });

  it('rejects a byte undefined in the guessed encoding, naming it', () => {
    // 0x81 has no character in windows-1252.
    const bytes = Buffer.concat([iconv.encode(ENGLISH, 'windows-1252'), Buffer.from([0x81])]);
    const e = errorOf(() => decodeBytes(bytes));
    expect(e.code).toBe('undecodable');
    expect(e.message).toContain(`byte 0x81 at offset ${bytes.length - 1}`);
  });

  it('rejects bytes whose encoding cannot be told', () => {
    // Two Latin-1 letters are too little for chardet to be sure of anything.
    const e = errorOf(() => decodeBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9])));
    expect(e.code).toBe('undecodable');
    expect(e.message).toMatch(/^undecodable bytes: not UTF-8, and the encoding cannot be recognised/);
  });

  it('rejects a UTF-16 byte-order mark followed by an odd number of bytes', () => {
    expect(errorOf(() => decodeBytes(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]))).code).toBe('undecodable');
  });
});

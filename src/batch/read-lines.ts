import type { Readable } from 'node:stream';

/** A line longer than the limit: its bytes were counted and dropped, never held in memory. */
export interface OversizedLine {
  /** Length of the line in bytes (without its line break). */
  oversized: number;
}

/** Options of {@link readLines}. */
export interface ReadLinesOptions {
  /**
   * Longest line kept, in bytes (without its line break). A longer line is yielded as an
   * {@link OversizedLine}, and its bytes are skipped as they arrive. Default: no limit.
   */
  maxBytes?: number;
}

const LF = 0x0a;
const CR = 0x0d;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The lines of a UTF-8 stream, read only as fast as they are consumed: the stream is asked for its
 * next chunk (at most its `highWaterMark`, 64 KB for a file) when the lines of the previous one
 * are used up. As JSON Lines says, lines end at "\n" only: a "\r" before it is dropped (Windows
 * line endings), and a lone "\r" stays inside its line (`{"text": "a\rb"}` is one record, not
 * two). A byte-order mark at the start of the stream is dropped. The last line is yielded when it
 * is not empty ("\r" alone is empty).
 *
 * Lines are cut from the bytes before decoding ("\n" never occurs inside a UTF-8 sequence), so a
 * line over `maxBytes` costs no memory: a 130 MB line is counted and skipped chunk by chunk.
 *
 * Why not `readline`: its async iterator reads ahead up to 1,024 lines whatever the consumer does.
 * Ingesting JSON Lines, those lines (3 MB of articles) waited about a second and a half each, long
 * enough for V8 to move them to the old generation, where they piled up as garbage until the next
 * full collection: the main thread's heap grew to 130 MB for 25 MB of live data.
 */
export async function* readLines(
  input: Readable | AsyncIterable<Buffer | string>,
  options: ReadLinesOptions = {},
): AsyncGenerator<string | OversizedLine> {
  const maxBytes = options.maxBytes ?? Infinity;
  // The pieces of a line whose end is in a later chunk, and their total length.
  let pieces: Buffer[] = [];
  let length = 0;
  let lines = 0;
  const take = (): string | OversizedLine => {
    let line: string | OversizedLine;
    if (length > maxBytes) line = { oversized: length };
    else {
      let bytes = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces, length);
      if (lines === 0 && bytes.subarray(0, 3).equals(BOM)) bytes = bytes.subarray(3);
      if (bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
      line = bytes.toString('utf8');
    }
    pieces = [];
    length = 0;
    lines++;
    return line;
  };
  for await (const data of input as AsyncIterable<Buffer | string>) {
    const chunk = typeof data === 'string' ? Buffer.from(data) : data;
    let start = 0;
    for (let end = chunk.indexOf(LF); end >= 0; end = chunk.indexOf(LF, start)) {
      _add(chunk.subarray(start, end));
      yield take();
      start = end + 1;
    }
    if (start < chunk.length) _add(chunk.subarray(start));
  }
  if (length > 0) {
    const last = take();
    if (last !== '') yield last;
  }

  // Keeps a piece while the line is within the limit; past it only counts (the bytes are dropped).
  function _add(piece: Buffer): void {
    length += piece.length;
    if (length <= maxBytes) pieces.push(piece);
    else pieces = [];
  }
}

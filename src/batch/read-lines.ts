import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';

/**
 * The lines of a UTF-8 stream, read only as fast as they are consumed: the stream is asked for its
 * next chunk (at most its `highWaterMark`, 64 KB for a file) when the lines of the previous one
 * are used up. Lines end at "\n", "\r\n" or a lone "\r" (as `node:readline` splits them); the last
 * line is yielded when it is not empty, and the line breaks are not part of the lines.
 *
 * Why not `readline`: its async iterator reads ahead up to 1,024 lines whatever the consumer does.
 * Ingesting JSON Lines, those lines (3 MB of articles) waited about a second and a half each, long
 * enough for V8 to move them to the old generation, where they piled up as garbage until the next
 * full collection: the main thread's heap grew to 130 MB for 25 MB of live data.
 */
export async function* readLines(input: Readable): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  // The start of a line whose end is in a later chunk.
  let rest = '';
  // The previous chunk ended with "\r": a "\n" starting this one belongs to that line break.
  let afterReturn = false;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text.length === 0) continue;
    let start = afterReturn && text.charCodeAt(0) === LF ? 1 : 0;
    afterReturn = false;
    for (let i = start; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== LF && c !== CR) continue;
      yield rest + text.slice(start, i);
      rest = '';
      if (c === CR) {
        if (i + 1 === text.length) afterReturn = true;
        else if (text.charCodeAt(i + 1) === LF) i++;
      }
      start = i + 1;
    }
    rest += text.slice(start);
  }
  rest += decoder.end();
  if (rest.length > 0) yield rest;
}

const LF = 0x0a;
const CR = 0x0d;

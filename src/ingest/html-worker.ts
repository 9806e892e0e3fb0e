import { parentPort } from 'node:worker_threads';
import { readHtml } from './html.js';
import { InputError } from './input-error.js';
import type { HtmlReply } from './html-threads.js';

// One page per message, answered in one message: the article, or the one-line reason it failed.
// Anything thrown, even by a library (linkedom's RangeError on odd markup), fails the page alone.
parentPort!.on('message', (html: string) => {
  let reply: HtmlReply;
  try {
    reply = { ok: true, article: readHtml(html) };
  } catch (e) {
    reply =
      e instanceof InputError
        ? { ok: false, code: e.code, message: e.message }
        : { ok: false, code: 'unreadable', message: `cannot read the page: ${(e as Error).message}` };
  }
  parentPort!.postMessage(reply);
});
// Loaded: a page's deadline starts only now, not while linkedom and Readability load.
parentPort!.postMessage('ready');

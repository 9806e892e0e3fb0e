// Module hooks for a child process: append every module URL it loads to $RECORD_IMPORTS, one a line.
// Registered with `node --import ./record-imports.mjs`, so a test can see what a command loaded.
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';

if (process.env.RECORD_IMPORTS && !process.env.RECORD_IMPORTS_HOOKED) {
  process.env.RECORD_IMPORTS_HOOKED = '1';
  register(import.meta.url, { data: process.env.RECORD_IMPORTS });
}

let file;
export function initialize(path) {
  file = path;
}
export async function load(url, context, next) {
  if (file) appendFileSync(file, url + '\n');
  return next(url, context);
}

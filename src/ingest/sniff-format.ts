import type { SourceDocument } from '../model.js';
import { HTML_EXTENSIONS, MARKDOWN_EXTENSIONS } from './data/formats.js';

/** The formats a document can be read from. */
export type DocumentFormat = NonNullable<SourceDocument['format']>;

/** "<!doctype html>" or "<html", after white space and comments: a page whatever its name says. */
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>])/i;
/** Last path segment's extension, ignoring a URL's query and fragment: "a/b.HTM?x=1" → "HTM". */
const EXTENSION = /\.([A-Za-z0-9]+)(?:[?#].*)?$/;
/** How much of a document's start is sniffed. */
const SNIFF_CHARS = 1024;

/** Format named by a file name's or URL's extension ("report.html" → `html`), or null. */
export function formatFromName(name: string): DocumentFormat | null {
  const ext = EXTENSION.exec(name)?.[1]?.toLowerCase();
  if (!ext) return null;
  if (HTML_EXTENSIONS.has(ext)) return 'html';
  if (MARKDOWN_EXTENSIONS.has(ext)) return 'markdown';
  return null;
}

/** True when the text starts like an HTML page ("<!DOCTYPE html>", "<html lang=…>"). */
export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text);
}

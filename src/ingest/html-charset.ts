/** `<meta charset="…">` or `<meta http-equiv="Content-Type" content="text/html; charset=…">`. */
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;
/** Browsers look for the declaration in the first 1024 bytes (HTML "prescan"). */
const PRESCAN_BYTES = 1024;

/**
 * The charset a page declares in its first 1024 bytes, read as ASCII ("windows-1252",
 * "koi8-r"), or null. Pure.
 */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString(
    'latin1',
  );
  return META_CHARSET.exec(head)?.[1] ?? null;
}

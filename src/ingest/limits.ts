/** Default largest input, in bytes: 20 MB (20,000,000 bytes). Its own module: a command's --help states it without loading the readers. */
export const DEFAULT_MAX_BYTES = 20_000_000;

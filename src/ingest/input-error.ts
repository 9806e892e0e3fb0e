/**
 * Why an input could not become a document. Each code has one user-facing reason; the CLI prints
 * `crosscheck: PATH: reason` and goes on with the next file.
 */
export type InputErrorCode =
  | 'not-found'
  | 'is-directory'
  | 'permission-denied'
  | 'unreadable'
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'undecodable'
  | 'no-text'
  | 'too-deep'
  | 'timeout'
  | 'unsupported';

/**
 * A user's input that cannot be read: a missing file, a binary file, bytes in no known encoding.
 * `message` is one line, meant for the user, without the path (the caller adds it).
 * Programming errors are never an `InputError`.
 */
export class InputError extends Error {
  override readonly name = 'InputError';

  /**
   * @param code what went wrong, for programs
   * @param message the one-line reason, for people
   */
  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
  }
}

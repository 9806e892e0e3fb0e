/** The codes of {@link HttpError}, one per status the server answers with. */
export const ERROR_CODES = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'too_large',
  415: 'unsupported_media_type',
  421: 'misdirected',
  500: 'internal',
  503: 'unavailable',
} as const;

export type ErrorStatus = keyof typeof ERROR_CODES;

/**
 * A request the server refuses, with the status and a one-line reason for the person or program
 * that sent it. Every refusal of the API has one JSON shape: `{ "error": { status, code, message } }`.
 */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: ErrorStatus,
    message: string,
  ) {
    super(message);
  }

  /** The JSON body of the refusal. */
  body(): ErrorBody {
    return { error: { status: this.status, code: ERROR_CODES[this.status], message: this.message } };
  }
}

export interface ErrorBody {
  error: { status: number; code: string; message: string };
}

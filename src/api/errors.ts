/**
 * Every error the HTTP API answers with: a code, its HTTP status and what it means. Bodies are
 * `{ error: { code, message, field? } }`; `field` names the parameter at fault.
 */

export const API_ERRORS = {
  ERR_BAD_PARAMETER: { status: 400, meaning: 'a query parameter or path parameter is not valid' },
  ERR_BAD_BODY: { status: 400, meaning: 'the request body is not valid' },
  ERR_NOT_ARABIC: { status: 422, meaning: 'the posted article text is empty or not Arabic' },
  ERR_ID_CONFLICT: { status: 409, meaning: 'an event id of the posted article belongs to another article' },
  ERR_EVENT_NOT_FOUND: { status: 404, meaning: 'no event has this id' },
  ERR_ARTICLE_NOT_FOUND: { status: 404, meaning: 'no article has this id' },
  ERR_ROUTE_NOT_FOUND: { status: 404, meaning: 'no such endpoint' },
  ERR_METHOD_NOT_ALLOWED: { status: 405, meaning: 'the endpoint does not take this method' },
  ERR_BODY_TOO_LARGE: { status: 413, meaning: 'the request body is too large' },
  ERR_UNSUPPORTED_MEDIA_TYPE: { status: 415, meaning: 'the request body must be application/json' },
  ERR_INTERNAL: { status: 500, meaning: 'an unexpected error; it is logged on the server' },
} as const satisfies Record<string, { status: number; meaning: string }>;

export type ApiErrorCode = keyof typeof API_ERRORS;

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; field?: string };
}

/** Thrown by a route to answer with an error from the catalogue; the app's error handler replies. */
export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ApiErrorCode,
    message: string = API_ERRORS[code].meaning,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = API_ERRORS[code].status;
  }

  body(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) } };
  }
}

/** The JSON schema of an error body, for the OpenAPI document. */
export const ERROR_SCHEMA = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', enum: Object.keys(API_ERRORS) },
        message: { type: 'string' },
        field: { type: 'string' },
      },
    },
  },
} as const;

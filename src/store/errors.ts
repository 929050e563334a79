/** Errors the store raises for input it cannot act on (as opposed to bugs). */

/**
 * A query the caller passed is malformed: a cursor that did not come from a
 * previous page, a date bound that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * The API maps its code to HTTP 400.
 */
export class InvalidQueryError extends Error {
  readonly code = 'INVALID_QUERY';
}

/** The environment or flags name a database the store cannot use; the message says what to set. */
export class StoreConfigError extends Error {
  readonly code = 'INVALID_STORE_CONFIG';
}

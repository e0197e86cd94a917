import { ApiError } from './api.js';

/** Field messages of a 400 (keyed by the server's path, e.g. `dueAt`), or none. */
export function fieldsOf(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fields : {};
}

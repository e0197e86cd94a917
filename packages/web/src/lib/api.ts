import type { ApiErrorBody, FieldError } from '@careloop/core';

/** An API error in the one shape the server uses, with field messages keyed by path. */
export class ApiError extends Error {
  readonly fields: Record<string, string>;
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    const list = (details.fields as FieldError[] | undefined) ?? [];
    this.fields = Object.fromEntries(list.map((f) => [f.path, f.message]));
  }
}

let csrfToken: string | null = null;
let unauthorizedHandler: (() => Promise<void>) | null = null;
let expiryListener: ((idleExpiresAt: string) => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** While signed in, a 401 waits for re-authentication (the page stays as it is) and retries once. */
export function setUnauthorizedHandler(handler: (() => Promise<void>) | null): void {
  unauthorizedHandler = handler;
}

export function setSessionExpiryListener(listener: ((idleExpiresAt: string) => void) | null): void {
  expiryListener = listener;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  /** Do not ask for re-authentication on 401 (sign-in itself, the initial session probe). */
  noReauth?: boolean;
  /** The submission's Idempotency-Key; a POST without one gets a new key (a retry reuses it). */
  idempotencyKey?: string;
}

/** A random v4 UUID; randomUUID needs a secure context, getRandomValues does not. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  // One key per submission: the server answers a repeat (a retry after a lost answer) with the first answer.
  const idempotencyKey = method === 'POST' ? (options.idempotencyKey ?? newIdempotencyKey()) : undefined;
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, 'network_error', 'The server cannot be reached. Check the connection and try again.');
  }
  const expires = res.headers.get('x-session-idle-expires');
  if (expires && expiryListener) expiryListener(expires);
  if (res.status === 401 && !options.noReauth && unauthorizedHandler) {
    await unauthorizedHandler();
    return api<T>(path, { ...options, noReauth: true, idempotencyKey });
  }
  const text = await res.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    const err = (data as ApiErrorBody | undefined)?.error;
    throw new ApiError(res.status, err?.code ?? 'error', err?.message ?? res.statusText, err?.details ?? {});
  }
  return data as T;
}

import { endpointPath, type Endpoint, type EndpointInput, type EndpointOutput } from '@careloop/core';
import { api, type RequestOptions } from './api';

/** Request options besides what the endpoint names (method, path, body come from the table). */
export type CallOptions = Omit<RequestOptions, 'method' | 'body'>;

/** The body an endpoint takes, as a form builds it before the call. */
export type CallBody<E extends Endpoint> = EndpointInput<E>['body'];

/** The query an endpoint takes, as a page builds it from its filters. */
export type CallQuery<E extends Endpoint> = EndpointInput<E>['query'];

/** The input may be left out when the endpoint takes nothing that is required. */
type CallArgs<E extends Endpoint> =
  Record<string, never> extends EndpointInput<E>
    ? [input?: EndpointInput<E>, options?: CallOptions]
    : [input: EndpointInput<E>, options?: CallOptions];

/** What the input holds once its type is no longer tied to one endpoint. */
interface AnyInput {
  params?: Readonly<Record<string, string | number>>;
  query?: Readonly<Record<string, unknown>>;
  body?: unknown;
}

/** A query value as the server's schema reads it back (strings, numbers, booleans, instants). */
function queryValue(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  return JSON.stringify(v);
}

function queryString(query: AnyInput['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    const values: unknown[] = Array.isArray(value) ? value : [value];
    for (const v of values) if (v !== undefined && v !== null) params.append(key, queryValue(v));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Calls an endpoint of the core table: the path parameters, query and body are typed by its
 * schemas, and so is the answer (what the server's response schema lets through).
 */
export function call<E extends Endpoint>(e: E, ...[input, options = {}]: CallArgs<E>): Promise<EndpointOutput<E>> {
  // The schemas typed the input for this endpoint; past that, only its shape matters.
  const { params, query, body } = (input ?? {}) as AnyInput;
  return api<EndpointOutput<E>>(endpointPath(e.path, params) + queryString(query), {
    ...options,
    method: e.method,
    body,
  });
}

import { endpointPath, type Endpoint, type EndpointInput, type EndpointOutput } from '@careloop/core';
import { api, type RequestOptions } from '../app/api';

/** Request options besides what the endpoint names (method, path, body come from the table). */
export type CallOptions = Omit<RequestOptions, 'method' | 'body'>;

/** The input may be left out when the endpoint takes nothing that is required. */
type CallArgs<E extends Endpoint> =
  Record<string, never> extends EndpointInput<E>
    ? [input?: EndpointInput<E>, options?: CallOptions]
    : [input: EndpointInput<E>, options?: CallOptions];

function queryString(query: unknown): string {
  if (query === undefined || query === null) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
    const values: unknown[] = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (v === undefined || v === null) continue;
      params.append(key, v instanceof Date ? v.toISOString() : String(v as string | number | boolean));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Calls an endpoint of the core table: the path parameters, query and body are typed by its
 * schemas, and so is the answer (what the server's response schema lets through).
 */
export function call<E extends Endpoint>(e: E, ...[input, options = {}]: CallArgs<E>): Promise<EndpointOutput<E>> {
  const { params, query, body } = (input ?? {}) as {
    params?: Record<string, unknown>;
    query?: unknown;
    body?: unknown;
  };
  const path = endpointPath(e.path, params) + queryString(query);
  return api<EndpointOutput<E>>(path, { ...options, method: e.method, body });
}

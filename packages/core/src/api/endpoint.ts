import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One endpoint of the API as both ends read it: the server validates and answers with these
 * schemas, the web sends and reads with their types. `path` names its parameters as `:name`.
 */
export interface Endpoint {
  readonly method: HttpMethod;
  readonly path: string;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** The answer's schema by success status; none for an endpoint that answers without a body (204). */
  readonly response?: { readonly [status: number]: z.ZodType };
}

/** Keeps the literal method, path and schema types of one table entry. */
export const endpoint = <const E extends Endpoint>(e: E): E => e;

type SchemaAt<E, K extends string> = E extends { readonly [P in K]: infer S extends z.ZodType } ? S : undefined;
export type EndpointParams<E extends Endpoint> = SchemaAt<E, 'params'>;
export type EndpointQuery<E extends Endpoint> = SchemaAt<E, 'query'>;
export type EndpointBody<E extends Endpoint> = SchemaAt<E, 'body'>;

type Part<E extends Endpoint, K extends 'params' | 'query' | 'body'> =
  SchemaAt<E, K> extends z.ZodType ? { [P in K]: z.input<SchemaAt<E, K>> } : { [P in K]?: never };

/** What a caller sends: the path parameters, the query and the body the endpoint takes. */
export type EndpointInput<E extends Endpoint> = Part<E, 'params'> & Part<E, 'query'> & Part<E, 'body'>;

/** What a caller gets back: any of the endpoint's answers (undefined when it answers without a body). */
export type EndpointOutput<E extends Endpoint> = E extends { readonly response: infer R }
  ? { [S in keyof R]: R[S] extends z.ZodType ? z.output<R[S]> : never }[keyof R]
  : undefined;

/** The path with its `:name` parameters filled in (encoded). */
export function endpointPath(path: string, params: Readonly<Record<string, string | number>> | undefined): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name}.`);
    return encodeURIComponent(String(value));
  });
}

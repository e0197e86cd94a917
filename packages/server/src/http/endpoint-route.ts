import type { Endpoint } from '@careloop/core';
import type {
  ContextConfigDefault,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
  RouteGenericInterface,
  RouteHandlerMethod,
  RouteShorthandOptions,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { App } from './route-types.js';

/** Fastify's schema of one endpoint of the core table: what it validates and how it answers. */
export interface EndpointSchema<E extends Endpoint> {
  tags: string[];
  params: E['params'];
  querystring: E['query'];
  body: E['body'];
  response: E['response'];
}

/** A handler typed by the endpoint's schemas (request parts in, the declared answers out). */
export type EndpointHandler<E extends Endpoint> = RouteHandlerMethod<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  RouteGenericInterface,
  ContextConfigDefault,
  EndpointSchema<E>,
  ZodTypeProvider
>;

/** Route options besides the schema (OpenAPI tags, rate limits, body limit, idempotency opt-out). */
export type EndpointOptions = Pick<RouteShorthandOptions, 'bodyLimit' | 'config'> & { tags: string[] };

/** Registers the handler of an endpoint of the core table at its method and path, with its schemas. */
export function route<E extends Endpoint>(app: App, e: E, options: EndpointOptions, handler: EndpointHandler<E>): void {
  const { tags, ...rest } = options;
  const schema: EndpointSchema<E> = {
    tags,
    params: e.params,
    querystring: e.query,
    body: e.body,
    response: e.response,
  };
  // Fastify warns about a request part whose schema is present but undefined: leave those out.
  for (const part of ['params', 'querystring', 'body', 'response'] as const) {
    if (schema[part] === undefined) Reflect.deleteProperty(schema, part);
  }
  app.route({ method: e.method, url: e.path, ...rest, schema, handler });
}

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { endpointPath, type Endpoint } from './endpoint.js';
import { endpoints } from './endpoints.js';

const table: [string, Endpoint][] = Object.entries(endpoints).flatMap(([area, list]) =>
  Object.entries(list).map(([name, e]): [string, Endpoint] => [`${area}.${name}`, e]),
);

describe('endpointPath', () => {
  it('fills in the named parameters, encoded', () => {
    expect(endpointPath('/api/clients/:id/support-contacts/:contactId', { id: 'a b', contactId: 'c/d' })).toBe(
      '/api/clients/a%20b/support-contacts/c%2Fd',
    );
  });

  it('refuses a path whose parameter is missing', () => {
    expect(() => endpointPath('/api/notes/:id', {})).toThrow('Missing path parameter id.');
  });
});

describe('the endpoint table', () => {
  it('names every endpoint once by method and path', () => {
    const keys = table.map(([, e]) => `${e.method} ${e.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives each path parameter a schema, and nothing else', () => {
    for (const [name, e] of table) {
      const inPath = [...e.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]).sort();
      const inSchema = e.params instanceof z.ZodObject ? Object.keys(e.params.shape).sort() : [];
      expect({ name, params: inSchema }).toEqual({ name, params: inPath });
    }
  });
});

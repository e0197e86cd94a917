import { endpoints, type Endpoint } from '@careloop/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

describe('the core endpoint table', () => {
  it('is served: every endpoint the web may call has its route', () => {
    const table: Endpoint[] = Object.values(endpoints).flatMap((area) => Object.values<Endpoint>(area));
    const missing = table.filter((e) => !t.app.hasRoute({ method: e.method, url: e.path })).map((e) => e.path);
    expect(missing).toEqual([]);
  });
});

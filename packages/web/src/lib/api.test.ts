import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, setUnauthorizedHandler } from './api.js';

const sent: Headers[] = [];
function answer(...statuses: number[]) {
  vi.stubGlobal(
    'fetch',
    vi.fn((_path: string, init: RequestInit) => {
      sent.push(new Headers(init.headers));
      return Promise.resolve(new Response('{}', { status: statuses.shift() ?? 200 }));
    }),
  );
}

afterEach(() => {
  sent.length = 0;
  setUnauthorizedHandler(null);
  vi.unstubAllGlobals();
});

describe('api Idempotency-Key', () => {
  it('sends a new key with every POST and none with a GET', async () => {
    answer(200, 200, 200);
    await api('/api/x', { method: 'POST', body: {} });
    await api('/api/x', { method: 'POST', body: {} });
    await api('/api/x');
    const [a, b, get] = sent.map((h) => h.get('idempotency-key'));
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(b).toMatch(/^[0-9a-f-]{36}$/);
    expect(a).not.toBe(b);
    expect(get).toBeNull();
  });

  it('reuses the key when the same submission is retried after signing in again', async () => {
    answer(401, 201);
    setUnauthorizedHandler(() => Promise.resolve());
    await api('/api/x', { method: 'POST', body: {} });
    expect(sent).toHaveLength(2);
    expect(sent[1]!.get('idempotency-key')).toBe(sent[0]!.get('idempotency-key'));
  });
});

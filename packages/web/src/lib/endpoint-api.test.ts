import { endpoints } from '@careloop/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { call } from './endpoint-api.js';

const sent: { path: string; method: string | undefined; body: unknown }[] = [];
function answer(body: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn((path: string, init: RequestInit) => {
      sent.push({ path, method: init.method, body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined });
      return Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));
    }),
  );
}

afterEach(() => {
  sent.length = 0;
  vi.unstubAllGlobals();
});

describe('call', () => {
  it('sends the endpoint method to its path with the parameters filled in', async () => {
    answer({ ok: true });
    const id = '0b6f1c9e-8a44-4e0a-9d55-2a1f0c3d9e11';
    const contactId = 'a3c1e2f4-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
    await call(endpoints.clients.removeSupportContact, { params: { id, contactId }, query: { version: 3 } });
    expect(sent).toEqual([
      { path: `/api/clients/${id}/support-contacts/${contactId}?version=3`, method: 'DELETE', body: undefined },
    ]);
  });

  it('sends the body and leaves out query values that are not set', async () => {
    answer({});
    await call(endpoints.auth.changePassword, { body: { currentPassword: 'a', newPassword: 'b' } });
    await call(endpoints.notifications.list, { query: { unread: undefined } });
    expect(sent).toEqual([
      { path: '/api/auth/password', method: 'POST', body: { currentPassword: 'a', newPassword: 'b' } },
      { path: '/api/notifications', method: 'GET', body: undefined },
    ]);
  });

  it('answers with what the server sent', async () => {
    answer({ items: [] });
    await expect(call(endpoints.programs.list)).resolves.toEqual({ items: [] });
  });
});

import net from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type Session, type TestApp } from '../test/test-app.js';

let t: TestApp;
let cm: Session;
beforeAll(async () => {
  t = await createTestApp();
  cm = await signIn(t.app, 'case_manager@riverbend.example');
});

const shape = { error: { code: expect.any(String), message: expect.any(String) } };

describe("Fastify's and Node's own 4xx answers use the one error shape", () => {
  it('404 for an unknown API path', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('400 for a malformed URL, without echoing it', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/clients/%E0%A4%A', headers: as(cm) });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'bad_request', message: expect.any(String) } });
    expect(res.body).not.toContain('%E0');
  });

  it('414 for an over-long path parameter, without echoing it', async () => {
    const long = 'Zebediah'.repeat(30);
    const res = await t.app.inject({ method: 'GET', url: `/api/clients/${long}`, headers: as(cm) });
    expect(res.statusCode).toBe(414);
    expect(res.json()).toEqual({ error: { code: 'uri_too_long', message: expect.any(String) } });
    expect(res.body).not.toContain('Zebediah');
  });

  it('415 for a body that is not JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: { ...as(cm), 'content-type': 'application/xml' },
      payload: '<client/>',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
  });

  it('413 for a body over the limit', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: { ...as(cm), 'content-type': 'application/json' },
      payload: JSON.stringify({ firstName: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject(shape);
  });

  it("400 from Node's HTTP parser on a raw socket, as JSON in the one shape", async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.write('NOT A REQUEST\r\n\r\n'));
      let data = '';
      socket.on('data', (d) => (data += d.toString('utf8')));
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
    expect(JSON.parse(body)).toEqual({ error: { code: 'bad_request', message: expect.any(String) } });
  });
});

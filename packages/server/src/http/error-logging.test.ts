import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { withOwnerPool } from '../db/prepare.js';
import { createLogger } from '../logger.js';
import { as, createTestApp, signIn, type Session, type TestApp } from '../test/test-app.js';

// Everything the app logs, as the production logger writes it (same redaction and serializers).
const lines: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _enc, done) {
    lines.push(chunk.toString('utf8'));
    done();
  },
});

let t: TestApp;
let cm: Session;
beforeAll(async () => {
  t = await createTestApp({}, { logger: createLogger('info', sink) });
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  // Force a database error on a write whose bound parameters hold a client's name (as the owner:
  // the app's role may not create triggers).
  await withOwnerPool(t.ctx.database, (_pool, db) =>
    db.execute(
      sql.raw(`
    create function test_refuse_client() returns trigger language plpgsql as $$
    begin raise exception 'refused for the test' using errcode = '23514', constraint = 'test_refusal'; end $$;
    create trigger test_refuse_client before insert on clients for each row execute function test_refuse_client();`),
    ),
  );
});

describe('a database error on a request', () => {
  it('answers 500 without details and logs only SQLSTATE, constraint, table and route', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: as(cm),
      payload: { firstName: 'Zebediah', lastName: 'Quillfeather', dateOfBirth: '1971-03-04' },
    });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: 'internal', message: 'Something went wrong on our side.' } });

    const log = lines.join('');
    expect(log).not.toMatch(/Zebediah|Quillfeather|1971-03-04/);
    expect(log).not.toContain('refused for the test'); // the driver's message
    const failure = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'request failed');
    expect(failure).toMatchObject({
      route: '/api/clients',
      failure: { sqlState: '23514', constraint: 'test_refusal' },
    });
  });

  it('keeps the redaction fence when a raw driver error is logged by mistake', () => {
    const raw = Object.assign(new Error('Failed query: insert ... params: Zebediah'), {
      cause: Object.assign(new Error('boom Zebediah'), {
        code: '23505',
        detail: 'Key (name)=(Zebediah)',
        table: 'clients',
      }),
    });
    lines.length = 0;
    createLogger('info', sink).error({ err: raw, body: { firstName: 'Zebediah' } }, 'oops');
    expect(lines.join('')).not.toContain('Zebediah');
    expect(JSON.parse(lines[0]!)).toMatchObject({ err: { sqlState: '23505', table: 'clients' } });
  });
});

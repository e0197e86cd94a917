import { sql } from 'drizzle-orm';
import { as, signIn, type Session, type TestApp } from './test-app.js';

export type Json = Record<string, unknown> & { id: string; version: number };
export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** `call(session, method, url, body?)` against the test app, answering status, body and headers. */
export function caller(t: TestApp) {
  return async (s: Session, method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}) => {
    const res = await t.app.inject({
      method,
      url,
      headers: as(s, headers),
      payload: payload as Record<string, unknown>,
    });
    return { status: res.statusCode, body: (res.body ? res.json() : {}) as Json, headers: res.headers };
  };
}

/** A second clinician with the demo password (the demo has one user per role). */
export async function addStaff(t: TestApp, email: string, role: string): Promise<Session> {
  await t.ctx.database.db.execute(sql`
    insert into users (organization_id, email, name, roles, password_hash)
    select organization_id, ${email}, ${`Second ${role}`}, array[${role}], password_hash
    from users where email = 'case_manager@riverbend.example'`);
  return signIn(t.app, email);
}

let enrolled = 0;

/** A new client enrolled in the program of this model, with the case manager as primary. */
export async function enrolledClient(t: TestApp, cm: Session, model: string, lastName: string) {
  const call = caller(t);
  const programs = (await call(cm, 'GET', '/api/programs')).body.items as { id: string; model: string }[];
  const programId = programs.find((p) => p.model === model)!.id;
  const dateOfBirth = `19${50 + (enrolled++ % 40)}-0${1 + (lastName.length % 9)}-1${lastName.length % 10}`;
  const client = await call(cm, 'POST', '/api/clients', { firstName: 'Testy', lastName, dateOfBirth });
  if (client.status !== 201) throw new Error(`registration failed: ${client.status}`);
  const ep = await call(cm, 'POST', `/api/clients/${client.body.id}/episodes`, {
    programId,
    primaryCaseManagerId: cm.userId,
  });
  if (ep.status !== 201) throw new Error(`enrolment failed: ${ep.status}`);
  return { clientId: client.body.id, episodeId: ep.body.id, programId };
}

export async function count(t: TestApp, table: 'contacts' | 'notes' | 'note_addenda', clientId: string) {
  const res = await t.ctx.database.db.execute<{ n: number }>(
    sql`select count(*)::int as n from ${sql.identifier(table)} where client_id = ${clientId}`,
  );
  return res.rows[0]!.n;
}

export async function auditActions(t: TestApp, entityId: string): Promise<string[]> {
  const res = await t.ctx.database.db.execute<{ action: string; entity_type: string }>(
    sql`select action, entity_type from audit_events where entity_id = ${entityId} order by occurred_at, id`,
  );
  return res.rows.map((r) => `${r.entity_type}:${r.action}`);
}

export async function auditCount(t: TestApp, action: string, clientId: string): Promise<number> {
  const res = await t.ctx.database.db.execute<{ n: number }>(
    sql`select count(*)::int as n from audit_events where action = ${action} and client_id = ${clientId}`,
  );
  return res.rows[0]!.n;
}

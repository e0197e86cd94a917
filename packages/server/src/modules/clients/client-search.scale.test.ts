import { fakerEN_US, fakerES_MX } from '@faker-js/faker';
import { normalizeName } from '@careloop/core';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { withOwnerPool } from '../../db/prepare.js';
import { as, createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';

/** Search correctness at county scale; its speed is measured by the benchmark, not here. */
const N = 100_000;
let t: TestApp;
/** The org-wide search (intake); case managers match names among their own clients only. */
let intake: Session;
let people: { first: string; last: string; dob: string }[];

beforeAll(async () => {
  t = await createTestApp();
  intake = await signIn(t.app, 'intake_coordinator@riverbend.example');
  fakerEN_US.seed(100_000);
  fakerES_MX.seed(100_000);
  people = Array.from({ length: N }, (_, i) => {
    const f = i % 3 === 0 ? fakerES_MX : fakerEN_US;
    return {
      first: f.person.firstName(),
      last: f.person.lastName(),
      dob: f.date.birthdate({ min: 18, max: 85, mode: 'age', refDate: '2026-01-01' }).toISOString().slice(0, 10),
    };
  });
  const org = (await t.ctx.database.db.execute<{ id: string }>(sql`select id from organizations limit 1`)).rows[0]!.id;
  // One statement from arrays: far faster than row-by-row inserts.
  await t.ctx.database.db.execute(sql`
    insert into clients (organization_id, mrn, first_name, last_name, date_of_birth, search_first, search_last)
    select ${org}, 'S' || n, f, l, d::date, sf, sl
    from unnest(${sql.param(people.map((p) => p.first))}::text[], ${sql.param(people.map((p) => p.last))}::text[],
                ${sql.param(people.map((p) => p.dob))}::text[], ${sql.param(people.map((p) => normalizeName(p.first)))}::text[],
                ${sql.param(people.map((p) => normalizeName(p.last)))}::text[])
         with ordinality as u(f, l, d, sf, sl, n)`);
  // Only the owner may analyze; the app's own role is skipped with a warning.
  await withOwnerPool(t.ctx.database, (owner) => owner.query('analyze clients'));
}, 180_000);

describe(`client search among ${N.toLocaleString('en-US')} clients`, () => {
  it('finds the client first when the surname is misspelled', async () => {
    const counts = new Map<string, number>();
    for (const p of people) counts.set(`${p.first}|${p.last}`, (counts.get(`${p.first}|${p.last}`) ?? 0) + 1);
    const targets = people.filter((p) => p.last.length >= 6 && counts.get(`${p.first}|${p.last}`) === 1).slice(0, 25);
    let first = 0;
    for (const p of targets) {
      const typo = p.last.slice(0, 2) + p.last[3] + p.last[2] + p.last.slice(4); // two letters swapped
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/clients/search',
        payload: { q: `${p.first} ${typo}`, limit: 5 },
        headers: as(intake),
      });
      const top = res.json().items[0];
      if (top && top.firstName === p.first && top.lastName === p.last) first++;
      else console.info('MISS', p.first, p.last, typo, JSON.stringify(res.json().items.slice(0, 3)));
    }
    expect(first).toBe(targets.length);
  });
});

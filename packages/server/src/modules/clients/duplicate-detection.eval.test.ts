import { fakerEN_US, fakerES_MX, type Faker } from '@faker-js/faker';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { derivedColumns } from './client-record.js';
import { clientIdentifiers, clients } from './clients.schema.js';
import fs from 'node:fs';
import { candidateFeatures, findDuplicateCandidates, type DuplicateProbe } from './duplicate-candidates.js';

/**
 * Measures duplicate detection on synthetic people: a few thousand clients, perturbed copies of
 * some of them (typos, swapped names, nicknames, transposed or mistyped dates of birth, missing
 * contact details) and brand-new people who must not be flagged. Deterministic (seeded).
 */
const BASE = 3000;
const COPIES = 600;
const STRANGERS = 600;

interface Person {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  sex: 'female' | 'male';
  phone: string | null;
  medicaid: string | null;
  address: { line1: string; city: string; state: string; postalCode: string } | null;
}

function person(f: Faker, id: string): Person {
  const sex = f.helpers.arrayElement(['female', 'male'] as const);
  const dob = f.date.birthdate({ min: 18, max: 85, mode: 'age', refDate: '2026-01-01' }).toISOString().slice(0, 10);
  return {
    id,
    firstName: f.person.firstName(sex),
    lastName: f.person.lastName(),
    dateOfBirth: dob,
    sex,
    phone: f.datatype.boolean({ probability: 0.6 }) ? f.string.numeric({ length: 10, allowLeadingZeros: false }) : null,
    medicaid: f.datatype.boolean({ probability: 0.4 }) ? `MC${f.string.numeric(9)}` : null,
    address: f.datatype.boolean({ probability: 0.5 })
      ? {
          line1: f.location.streetAddress(),
          city: f.location.city(),
          state: 'IL',
          postalCode: f.location.zipCode('#####'),
        }
      : null,
  };
}

function typo(f: Faker, s: string): string {
  if (s.length < 4) return s + s.at(-1);
  const i = f.number.int({ min: 1, max: s.length - 2 });
  switch (f.helpers.arrayElement(['swap', 'drop', 'double', 'replace'] as const)) {
    case 'swap':
      return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    case 'drop':
      return s.slice(0, i) + s.slice(i + 1);
    case 'double':
      return s.slice(0, i) + s[i] + s.slice(i);
    case 'replace':
      return s.slice(0, i) + f.helpers.arrayElement([...'aeiourstnl']) + s.slice(i + 1);
  }
}

function oneDigitOff(f: Faker, dob: string): string {
  for (let tries = 0; tries < 20; tries++) {
    const pos = f.helpers.arrayElement([2, 3, 5, 6, 8, 9]);
    const d = String(f.number.int({ min: 0, max: 9 }));
    const next = dob.slice(0, pos) + d + dob.slice(pos + 1);
    if (
      next !== dob &&
      !Number.isNaN(Date.parse(`${next}T00:00:00Z`)) &&
      new Date(`${next}T00:00:00Z`).toISOString().startsWith(next)
    ) {
      return next;
    }
  }
  return dob;
}

let t: TestApp;
let orgId: string;
let base: Person[];
let nicknameOf: Map<string, string[]>;

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await t.ctx.database.db.execute<{ id: string }>(sql`select id from organizations limit 1`)).rows[0]!.id;
  const nick = await t.ctx.database.db.execute<{ canonical: string; variant: string }>(
    sql`select canonical, variant from nicknames where canonical <> variant`,
  );
  nicknameOf = new Map();
  for (const r of nick.rows) nicknameOf.set(r.canonical, [...(nicknameOf.get(r.canonical) ?? []), r.variant]);

  fakerEN_US.seed(Number(process.env.EVAL_SEED ?? 20261122));
  fakerES_MX.seed(20261122);
  base = Array.from({ length: BASE }, (_, i) => person(i % 4 === 0 ? fakerES_MX : fakerEN_US, crypto.randomUUID()));
  for (let i = 0; i < base.length; i += 500) {
    const chunk = base.slice(i, i + 500);
    await t.ctx.database.db.insert(clients).values(
      chunk.map((p, j) => {
        const phones = p.phone ? [{ type: 'mobile' as const, number: p.phone, primary: true }] : [];
        return {
          id: p.id,
          organizationId: orgId,
          mrn: `E${i + j}`,
          firstName: p.firstName,
          lastName: p.lastName,
          dateOfBirth: p.dateOfBirth,
          sexAtBirth: p.sex,
          phones,
          homeAddress: p.address,
          ...derivedColumns({ firstName: p.firstName, lastName: p.lastName, phones, homeAddress: p.address }),
        };
      }),
    );
    const ids = chunk.filter((p) => p.medicaid);
    if (ids.length) {
      await t.ctx.database.db.insert(clientIdentifiers).values(
        ids.map((p) => ({
          organizationId: orgId,
          clientId: p.id,
          type: 'medicaid' as const,
          value: p.medicaid!,
          valueNorm: p.medicaid!,
        })),
      );
    }
  }
}, 120_000);

function probeOf(p: Person): DuplicateProbe {
  const phones = p.phone ? [{ number: p.phone }] : [];
  const d = derivedColumns({ firstName: p.firstName, lastName: p.lastName, phones, homeAddress: p.address });
  return {
    firstName: p.firstName,
    lastName: p.lastName,
    dateOfBirth: p.dateOfBirth,
    phoneDigits: d.phoneDigits,
    identifiers: p.medicaid ? [p.medicaid] : [],
    email: null,
    addressKey: d.addressKey,
    sexAtBirth: p.sex,
    excludeIds: [],
  };
}

/** A re-registration of the same person as a busy intake worker might type it. */
function perturb(f: Faker, p: Person): { copy: Person; kinds: string[] } {
  const copy: Person = {
    ...p,
    id: 'probe',
    phone: f.datatype.boolean({ probability: 0.4 }) ? p.phone : null,
    medicaid: f.datatype.boolean({ probability: 0.3 }) ? p.medicaid : null,
    address: f.datatype.boolean({ probability: 0.3 }) ? p.address : null,
  };
  const kinds = f.helpers.arrayElements(
    ['last_typo', 'first_typo', 'nickname', 'swap', 'dob_transposed', 'dob_digit'],
    {
      min: 1,
      max: 2,
    },
  );
  for (const k of kinds) {
    switch (k) {
      case 'last_typo':
        copy.lastName = typo(f, copy.lastName);
        break;
      case 'first_typo':
        copy.firstName = typo(f, copy.firstName);
        break;
      case 'nickname': {
        const variants = nicknameOf.get(copy.firstName.toLowerCase());
        if (variants?.length) copy.firstName = f.helpers.arrayElement(variants);
        else copy.firstName = typo(f, copy.firstName);
        break;
      }
      case 'swap':
        [copy.firstName, copy.lastName] = [copy.lastName, copy.firstName];
        break;
      case 'dob_transposed': {
        const [y, m, d] = copy.dateOfBirth.split('-');
        copy.dateOfBirth = Number(d) <= 12 && d !== m ? `${y}-${d}-${m}` : oneDigitOff(f, copy.dateOfBirth);
        break;
      }
      case 'dob_digit':
        copy.dateOfBirth = oneDigitOff(f, copy.dateOfBirth);
        break;
    }
  }
  return { copy, kinds };
}

describe('duplicate detection quality', () => {
  it('finds >= 95% of true duplicates at >= 90% precision', async () => {
    const f = fakerEN_US;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const missedKinds: Record<string, number> = {};
    const dump: Record<string, unknown>[] = [];
    for (let i = 0; i < COPIES; i++) {
      const original = f.helpers.arrayElement(base);
      const { copy, kinds } = perturb(f, original);
      if (process.env.EVAL_DUMP) {
        const rows = await candidateFeatures(t.ctx.database.db, orgId, probeOf(copy));
        for (const r of rows) dump.push({ truth: r.candidate.id === original.id, kinds, ...r.features });
        if (!rows.some((r) => r.candidate.id === original.id)) dump.push({ truth: true, kinds, blocked: true });
      }
      const found = await findDuplicateCandidates(t.ctx.database.db, orgId, probeOf(copy));
      if (found.some((c) => c.id === original.id)) tp++;
      else {
        fn++;
        for (const k of kinds) missedKinds[k] = (missedKinds[k] ?? 0) + 1;
      }
      fp += found.filter((c) => c.id !== original.id).length;
    }
    let strangerFlags = 0;
    for (let i = 0; i < STRANGERS; i++) {
      const stranger = person(i % 4 === 0 ? fakerES_MX : fakerEN_US, 'stranger');
      if (process.env.EVAL_DUMP) {
        for (const r of await candidateFeatures(t.ctx.database.db, orgId, probeOf(stranger)))
          dump.push({ truth: false, ...r.features });
      }
      const found = await findDuplicateCandidates(t.ctx.database.db, orgId, probeOf(stranger));
      strangerFlags += found.length;
    }
    fp += strangerFlags;
    if (process.env.EVAL_DUMP) fs.writeFileSync(process.env.EVAL_DUMP, JSON.stringify(dump));
    const recall = tp / COPIES;
    const precision = tp / Math.max(1, tp + fp);
    console.info(
      `duplicate detection on ${BASE} clients: ${COPIES} perturbed copies, ${STRANGERS} new people -> ` +
        `recall ${recall.toFixed(3)} (missed ${fn}: ${JSON.stringify(missedKinds)}), precision ${precision.toFixed(3)} ` +
        `(false flags ${fp}, of which on new people ${strangerFlags})`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  }, 180_000);
});

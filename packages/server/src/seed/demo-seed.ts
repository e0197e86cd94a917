import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ROLE_LIST, type Discipline, type ProgramModel, type Role } from '@careloop/core';
import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { recordAudit, systemActor } from '../modules/audit/audit.writer.js';
import { clearSignInFailuresFor } from '../modules/auth/sign-in-throttle.js';
import { organizations } from '../modules/organizations/organizations.schema.js';
import { programs } from '../modules/programs/programs.schema.js';
import { hashPassword } from '../modules/users/password-hash.js';
import { users } from '../modules/users/users.schema.js';
import { programDefaultsColumns } from '../modules/programs/program-defaults-columns.js';
import { seedDemoReferrals } from './demo-referrals.js';
import { seedDemoAdvocacy } from './demo-advocacy.js';
import { seedDemoSafetyPlans } from './demo-safety-plans.js';
import { seedDemoCoverage } from './demo-coverage.js';
import { seedDemoHospitalizations } from './demo-hospitalizations.js';
import { seedDemoCrisis } from './demo-crisis.js';
import { seedDemoTransition } from './demo-transitions.js';
import { seedDemoCaseload } from './demo-caseload.js';
import { seedDemoDirectory } from './demo-directory.js';
import { countForeignRecords, DemoResetRefused, lastSeedXid } from './demo-reset-guard.js';

export const DEMO_ORGANIZATION = 'Riverbend Community Mental Health';
export const DEMO_EMAIL_DOMAIN = 'riverbend.example';

const DEMO_PROGRAMS: { name: string; model: ProgramModel }[] = [
  { name: 'Riverbend ACT Team', model: 'act' },
  { name: 'Intensive Case Management', model: 'intensive' },
  { name: 'Clinical Case Management', model: 'clinical' },
  { name: 'Strengths-Based Recovery', model: 'strengths_based' },
  { name: 'Community Support', model: 'supportive' },
];

const DEMO_STAFF: Record<Role, { name: string; discipline: Discipline }> = {
  admin: { name: 'Avery Admin', discipline: 'administrative' },
  supervisor: { name: 'Sam Supervisor', discipline: 'social_worker' },
  case_manager: { name: 'Casey Manager', discipline: 'case_manager' },
  clinician: { name: 'Dr. Jordan Clinician', discipline: 'psychiatrist' },
  peer_specialist: { name: 'Pat Peer', discipline: 'peer_specialist' },
  intake_coordinator: { name: 'Indy Intake', discipline: 'social_worker' },
  privacy_officer: { name: 'Priya Privacy', discipline: 'administrative' },
  directory_editor: { name: 'Dale Directory', discipline: 'administrative' },
};

/** Tenant tables emptied by `seed --reset`, children before parents; new modules add theirs. */
export const DEMO_RESET_TABLES = [
  'idempotency_keys',
  'notifications',
  'referral_events',
  'referral_links',
  'referrals',
  'referral_settings',
  'unmet_needs',
  'safety_plan_reviews',
  'safety_plans',
  'on_call_shifts',
  'coverages',
  'advocacy_steps',
  'advocacy_cases',
  'hospitalizations',
  'hospitalization_settings',
  'crisis_events',
  'crisis_settings',
  'transition_check_ins',
  'transition_plans',
  'transition_settings',
  'admin_change_approvals',
  'task_comments',
  'note_addenda',
  'notes',
  'contacts',
  'care_plan_reviews',
  'care_plans',
  'instrument_wording',
  'locus_results',
  'risk_tiers',
  'needs_assessments',
  'care_tasks',
  'client_flags',
  'instrument_results',
  'care_team_members',
  'episode_stage_changes',
  'intakes',
  'episodes',
  'program_staff',
  'client_merges',
  'duplicate_pairs',
  'support_contacts',
  'client_identifiers',
  'clients',
  'org_counters',
  'directory_services',
  'directory_providers',
  'sessions',
  'users',
  'programs',
] as const;

export interface DemoLogins {
  organization: string;
  password: string;
  generated: boolean;
  emails: string[];
}

export function demoEmail(role: Role): string {
  return `${role}@${DEMO_EMAIL_DOMAIN}`;
}

export async function isEmpty(db: Db): Promise<boolean> {
  const res = await db.execute<{ n: number }>(sql`select count(*)::int as n from organizations`);
  return (res.rows[0]?.n ?? 0) === 0;
}

export interface DemoReset {
  /** The number of records the seed did not create that the operator agreed to delete. */
  confirmDeleteRecords?: number;
}

/**
 * Seeds the demo organisation, programs and one staff user per role. With `reset`, the existing
 * demo organisation keeps its row (and so its audit chain) and its staff and programs are recreated;
 * records the seed did not create must be confirmed by number (`confirmDeleteRecords`).
 */
export async function seedDemo(
  db: Db,
  demoPassword: string | undefined,
  resetOption: boolean | DemoReset = false,
): Promise<DemoLogins> {
  const reset = resetOption !== false;
  const confirmed = typeof resetOption === 'object' ? resetOption.confirmDeleteRecords : undefined;
  const generated = !demoPassword;
  const password = demoPassword ?? randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const existing = await tx.select().from(organizations).where(eq(organizations.name, DEMO_ORGANIZATION));
    let org = existing[0];
    if (org && !reset) throw new Error('The demo organisation already exists (use --reset to recreate it).');
    const deleted: Record<string, number> = {};
    let foreignDeleted = 0;
    if (org) {
      // Refuse to wipe what people entered unless the operator names how much (audited below).
      const emails = ROLE_LIST.map(demoEmail);
      const seedXid = await lastSeedXid(tx, org.id);
      const foreign = await countForeignRecords(tx, org.id, DEMO_RESET_TABLES, seedXid, emails);
      if (foreign.total > 0 && confirmed !== foreign.total) throw new DemoResetRefused(foreign.records, foreign.total);
      foreignDeleted = foreign.total;
      // Children before parents. Audit rows stay: the log is append-only. Signed notes refuse
      // deletion unless this transaction says it is the demo reset.
      await tx.execute(sql`select set_config('careloop.allow_purge', 'on', true)`);
      for (const table of DEMO_RESET_TABLES) {
        const res = await tx.execute(sql`delete from ${sql.identifier(table)} where organization_id = ${org.id}`);
        if (res.rowCount) deleted[table] = res.rowCount;
      }
      await clearSignInFailuresFor(tx, ROLE_LIST.map(demoEmail));
      // The demo signs in with the password alone (until a user enrols), as printed.
      await tx.update(organizations).set({ mfaRequiredRoles: [] }).where(eq(organizations.id, org.id));
    } else {
      [org] = await tx
        .insert(organizations)
        .values({
          name: DEMO_ORGANIZATION,
          timeZone: 'America/Chicago',
          crisisLineName: 'Riverbend 24/7 Crisis Line',
          crisisLinePhone: '(555) 010-2400',
          // The printed demo sign-ins use the password alone until someone enrols.
          mfaRequiredRoles: [],
        })
        .returning();
    }
    if (!org) throw new Error('could not create the demo organization');
    const orgId = org.id;
    const programRows = await tx
      .insert(programs)
      .values(DEMO_PROGRAMS.map((p) => ({ ...p, organizationId: orgId, ...programDefaultsColumns(p.model) })))
      .returning({ id: programs.id, model: programs.model });
    const userRows = await tx
      .insert(users)
      .values(
        ROLE_LIST.map((role) => ({
          organizationId: orgId,
          email: demoEmail(role),
          name: DEMO_STAFF[role].name,
          roles: [role],
          discipline: DEMO_STAFF[role].discipline,
          passwordHash,
        })),
      )
      .returning({ id: users.id, roles: users.roles });
    const refs = {
      organizationId: orgId,
      timeZone: org.timeZone,
      users: Object.fromEntries(userRows.map((u) => [u.roles[0], u.id])) as Record<Role, string>,
      programs: Object.fromEntries(programRows.map((p) => [p.model, p.id])) as Record<ProgramModel, string>,
    };
    await seedDemoCaseload(tx, refs, new Date());
    await seedDemoCoverage(tx, refs, new Date());
    await seedDemoTransition(tx, refs, new Date());
    await seedDemoDirectory(tx, orgId, org.timeZone, new Date());
    await seedDemoReferrals(tx, orgId, userRows.find((u) => u.roles[0] === 'case_manager')?.id, new Date());
    await seedDemoAdvocacy(tx, orgId, new Date());
    await seedDemoSafetyPlans(tx, orgId, new Date());
    await seedDemoHospitalizations(tx, orgId, new Date());
    await seedDemoCrisis(tx, orgId, new Date());
    await recordAudit(
      tx,
      systemActor(orgId),
      {
        action: reset ? 'system.reset_demo' : 'system.seed_demo',
        entityType: 'organization',
        entityId: orgId,
        // The seeding transaction marks its rows (xmin): the next reset tells them from entered data.
        details: {
          seedTransaction: await currentXid(tx),
          ...(reset && { deleted, deletedTotal: Object.values(deleted).reduce((a, b) => a + b, 0), foreignDeleted }),
        },
      },
      { ip: null, userAgent: null, requestId: null },
    );
  });
  return { organization: DEMO_ORGANIZATION, password, generated, emails: ROLE_LIST.map(demoEmail) };
}

async function currentXid(tx: Tx): Promise<string> {
  const res = await tx.execute<{ xid: string }>(sql`select pg_current_xact_id()::text as xid`);
  return res.rows[0]!.xid;
}

/**
 * The sign-ins to show once on the console. In production the password is never printed (logs are
 * kept and shipped): a generated one goes to `passwordFile` (mode 0600) and the text says where.
 */
export function formatDemoLogins(logins: DemoLogins, production = false, passwordFile?: string): string {
  const password = !production
    ? `password: ${logins.password}${logins.generated ? ', generated; set CARELOOP_DEMO_PASSWORD to choose one' : ''}`
    : logins.generated
      ? `generated password: in ${passwordFile ?? 'a file in DATA_DIR'}, readable by this user only`
      : 'password: the value of CARELOOP_DEMO_PASSWORD';
  const lines = [
    '',
    `Demo organisation: ${logins.organization}`,
    `Demo sign-ins (${password}):`,
    ...logins.emails.map((e) => `  ${e}`),
    'This is printed once. Recreate the demo with: npm run seed -- --reset',
    '',
  ];
  return lines.join('\n');
}

/** Where a production start keeps a generated demo password instead of printing it. */
export function writeDemoPasswordFile(dataDir: string, password: string): string {
  const file = path.join(dataDir, 'demo-password.txt');
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600); // an existing file keeps its mode on write
  return file;
}

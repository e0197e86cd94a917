import { faker } from '@faker-js/faker';
import {
  timelinessTargets,
  type CareTeamRole,
  type EpisodeStage,
  type IntakeSource,
  type ProgramModel,
  type Role,
  type ServiceCategory,
  type Urgency,
} from '@careloop/core';
import { subDays } from 'date-fns';
import type { DbOrTx } from '../db/database.js';
import { clients } from '../modules/clients/clients.schema.js';
import { derivedColumns } from '../modules/clients/client-record.js';
import { nextMrn } from '../modules/clients/mrn.js';
import { careTeamMembers, episodes, episodeStageChanges } from '../modules/episodes/episodes.schema.js';
import { nextIntakeReference } from '../modules/intakes/intake-reference.js';
import { intakes } from '../modules/intakes/intakes.schema.js';
import { programStaff } from '../modules/programs/programs.schema.js';
import { seedDemoAssessments } from './demo-assessments.js';
import { seedDemoContacts } from './demo-contacts.js';
import type { DemoRefs } from './demo-refs.js';

interface DemoCase {
  model: ProgramModel;
  primary: Role;
  stage: EpisodeStage;
  openedDaysAgo: number;
  waitlisted?: boolean;
  psychiatrist?: boolean;
  externalPcp?: boolean;
}

// Casey carries a mixed caseload, some past their contact cadence; the ACT team shares two.
const CASES: DemoCase[] = [
  { model: 'intensive', primary: 'case_manager', stage: 'active', openedDaysAgo: 12, psychiatrist: true },
  { model: 'intensive', primary: 'case_manager', stage: 'active', openedDaysAgo: 3, externalPcp: true },
  { model: 'intensive', primary: 'case_manager', stage: 'planning', openedDaysAgo: 9 },
  { model: 'intensive', primary: 'case_manager', stage: 'assessment', openedDaysAgo: 1 },
  { model: 'clinical', primary: 'case_manager', stage: 'active', openedDaysAgo: 20, psychiatrist: true },
  { model: 'clinical', primary: 'case_manager', stage: 'active', openedDaysAgo: 5 },
  { model: 'clinical', primary: 'case_manager', stage: 'assessment', openedDaysAgo: 2 },
  { model: 'strengths_based', primary: 'case_manager', stage: 'active', openedDaysAgo: 25 },
  { model: 'strengths_based', primary: 'case_manager', stage: 'active', openedDaysAgo: 8 },
  { model: 'supportive', primary: 'case_manager', stage: 'active', openedDaysAgo: 40 },
  { model: 'act', primary: 'case_manager', stage: 'active', openedDaysAgo: 2, psychiatrist: true },
  { model: 'act', primary: 'clinician', stage: 'active', openedDaysAgo: 4 },
  { model: 'act', primary: 'clinician', stage: 'screening', openedDaysAgo: 6, waitlisted: true },
];

const INTAKES: { urgency: Urgency; hoursAgo: number; source: IntakeSource; needs: ServiceCategory[] }[] = [
  { urgency: 'urgent', hoursAgo: 80, source: 'emergency_department', needs: ['crisis_response', 'housing'] },
  { urgency: 'routine', hoursAgo: 26, source: 'web_form', needs: ['housing', 'income_and_entitlements'] },
  { urgency: 'routine', hoursAgo: 3, source: 'primary_care', needs: ['mental_health_treatment', 'peer_support'] },
];

export type { DemoRefs } from './demo-refs.js';

/** Synthetic clients, episodes, care teams and intakes (faker, fixed seed: the same every time). */
export async function seedDemoCaseload(tx: DbOrTx, refs: DemoRefs, now: Date): Promise<void> {
  faker.seed(2026);
  const org = refs.organizationId;
  await tx.insert(programStaff).values([
    ...Object.values(refs.programs).map((programId) => ({
      organizationId: org,
      programId,
      userId: refs.users.supervisor,
      role: 'supervisor' as const,
    })),
    { organizationId: org, programId: refs.programs.act, userId: refs.users.clinician, role: 'team_member' },
    // The ACT team is on call around the clock (CLINICAL.md §5.2): its clinician carries the phone,
    // so late safety work of ACT clients and crisis referrals reach them.
    { organizationId: org, programId: refs.programs.act, userId: refs.users.clinician, role: 'on_call' },
  ]);

  const clientIds: string[] = [];
  for (const c of CASES) {
    const sex = faker.helpers.arrayElement(['female', 'male'] as const);
    const firstName = faker.person.firstName(sex);
    const lastName = faker.person.lastName();
    const phones = [{ type: 'mobile' as const, number: faker.phone.number({ style: 'national' }), primary: true }];
    const openedAt = subDays(now, c.openedDaysAgo);
    const [client] = await tx
      .insert(clients)
      .values({
        organizationId: org,
        mrn: await nextMrn(tx, org),
        firstName,
        lastName,
        dateOfBirth: faker.date.birthdate({ min: 19, max: 70, mode: 'age' }).toISOString().slice(0, 10),
        sexAtBirth: sex,
        phones,
        housingStatus: faker.helpers.arrayElement(['housed', 'unstably_housed', 'homeless_sheltered']),
        ...derivedColumns({ firstName, lastName, phones }),
        createdBy: refs.users.intake_coordinator,
        createdAt: openedAt,
        updatedAt: openedAt,
      })
      .returning({ id: clients.id });
    if (!client) throw new Error('demo client insert failed');
    clientIds.push(client.id);
    const [episode] = await tx
      .insert(episodes)
      .values({
        organizationId: org,
        clientId: client.id,
        programId: refs.programs[c.model],
        stage: c.stage,
        openedAt,
        eligibilityDecision: c.stage === 'screening' ? null : 'eligible',
        eligibilityReason: c.stage === 'screening' ? null : 'Meets serious mental illness criteria (demo).',
        waitlisted: c.waitlisted ?? false,
        waitlistedSince: c.waitlisted ? openedAt : null,
        waitlistNote: c.waitlisted ? 'Waiting for an ACT team opening' : null,
        createdById: refs.users.intake_coordinator,
        createdAt: openedAt,
        updatedAt: openedAt,
      })
      .returning({ id: episodes.id });
    if (!episode) throw new Error('demo episode insert failed');
    await tx.insert(episodeStageChanges).values({
      organizationId: org,
      episodeId: episode.id,
      fromStage: null,
      toStage: c.stage,
      reason: 'Demo enrolment',
      changedAt: openedAt,
      changedById: refs.users.intake_coordinator,
    });
    const member = (
      role: CareTeamRole,
      userId: string | null,
      extra: Partial<typeof careTeamMembers.$inferInsert> = {},
    ) => ({
      organizationId: org,
      episodeId: episode.id,
      clientId: client.id,
      role,
      userId,
      startedAt: openedAt,
      ...extra,
    });
    await tx.insert(careTeamMembers).values([
      member('primary_case_manager', refs.users[c.primary]),
      ...(c.psychiatrist ? [member('psychiatrist', refs.users.clinician)] : []),
      ...(c.externalPcp
        ? [
            member('primary_care_provider', null, {
              externalName: `Dr. ${faker.person.lastName()}`,
              externalOrganization: 'Riverbend Family Clinic',
              externalPhone: faker.phone.number({ style: 'national' }),
            }),
          ]
        : []),
    ]);
  }

  const casey = { organizationId: org, userId: refs.users.case_manager, roles: ['case_manager' as const] };
  await seedDemoAssessments(tx, casey, clientIds, now);

  for (const i of INTAKES) {
    const receivedAt = new Date(now.getTime() - i.hoursAgo * 3_600_000);
    const t = timelinessTargets(receivedAt, i.urgency, { timeZone: refs.timeZone });
    await tx.insert(intakes).values({
      organizationId: org,
      reference: await nextIntakeReference(tx, org),
      source: i.source,
      receivedAt,
      urgency: i.urgency,
      dueAt: t.initialDueAt,
      comprehensiveDueAt: t.comprehensiveDueAt,
      status: 'new',
      firstName: faker.person.firstName(),
      lastName: faker.person.lastName(),
      dateOfBirth: faker.date.birthdate({ min: 19, max: 70, mode: 'age' }).toISOString().slice(0, 10),
      phone: faker.phone.number({ style: 'national' }),
      reason: 'Referred for case management (demo).',
      needs: i.needs,
      createdAt: receivedAt,
      updatedAt: receivedAt,
    });
  }
  await seedDemoContacts(tx, refs, now);
}

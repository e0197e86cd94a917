import { en, en_US, base, Faker } from '@faker-js/faker';
import { PROGRAM_MODEL_LIST, normalizeName, type Discipline, type ProgramModel, type Role } from '@careloop/core';
import {
  CASELOAD_TARGET,
  MODEL_SHARE,
  OPEN_SHARE,
  STAFF_PER_PROGRAM,
  organizationCount,
  type DatagenOptions,
} from './profiles.js';
import { Rng, seedNumber } from './random.js';

export interface StaffMember {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  discipline: Discipline;
}

export interface ProgramPlan {
  id: string;
  name: string;
  model: ProgramModel;
  supervisorId: string;
  psychiatristId: string;
  peerId: string;
  caseManagerIds: string[];
}

/** One open episode to generate: its program, its primary case manager. */
export interface Slot {
  program: number;
  caseManagerId: string;
  /** The case manager's first case: always gets a care-plan draft (the benchmark edits it). */
  firstOfCaseload: boolean;
}

export interface OrganizationPlan {
  id: string;
  name: string;
  emailDomain: string;
  timeZone: string;
  state: string;
  cities: string[];
  programs: ProgramPlan[];
  staff: StaffMember[];
  intakeCoordinatorId: string;
  /** Clients in this agency: the first `slots.length` have an open episode, the rest only closed ones. */
  clients: number;
  slots: Slot[];
}

const MODEL_LABEL: Record<ProgramModel, string> = {
  supportive: 'Community Support',
  strengths_based: 'Strengths-Based Recovery',
  clinical: 'Clinical Case Management',
  intensive: 'Intensive Case Management',
  act: 'ACT Team',
};
const REGIONS = ['North', 'South', 'East', 'West', 'Central', 'Riverside', 'Hillcrest', 'Lakeside', 'Valley', 'Harbor'];
const TIME_ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Phoenix'];
const AGENCY_KINDS = ['Community Mental Health Center', 'Behavioral Health', 'Recovery Services', 'Counseling Center'];

/** Splits `total` into `parts` near-equal integers. */
function split(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

const slug = (s: string) =>
  normalizeName(s)
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Agencies, their programs (every model, several teams of each at scale), and their staff: case
 * managers sized to the model's caseload, a supervisor per team (~15 case managers), a
 * psychiatrist and a peer specialist per team, and an admin, privacy officer and intake staff.
 */
export function planOrganizations(options: DatagenOptions): OrganizationPlan[] {
  const rng = new Rng(`${options.seed}:shape`);
  const faker = new Faker({ locale: [en_US, en, base], seed: seedNumber(`${options.seed}:staff`) });
  const orgCount = organizationCount(options.profile, options.clients);
  const usedEmails = new Set<string>();
  return split(options.clients, orgCount).map((clients, o) => {
    const city = faker.location.city();
    const name = `${city} ${AGENCY_KINDS[o % AGENCY_KINDS.length]}${orgCount > 1 ? ` ${o + 1}` : ''}`;
    const emailDomain = `${slug(city)}-${o + 1}.bench.example`;
    const staff: StaffMember[] = [];
    const person = (roles: Role[], discipline: Discipline): string => {
      const first = faker.person.firstName();
      const last = faker.person.lastName();
      let email = `${slug(first)}.${slug(last)}@${emailDomain}`;
      for (let n = 2; usedEmails.has(email); n++) email = `${slug(first)}.${slug(last)}${n}@${emailDomain}`;
      usedEmails.add(email);
      const id = rng.uuid();
      staff.push({ id, email, name: `${first} ${last}`, roles, discipline });
      return id;
    };
    person(['admin'], 'administrative');
    person(['privacy_officer'], 'administrative');
    const intakeCoordinatorId = person(['intake_coordinator'], 'social_worker');
    person(['intake_coordinator'], 'social_worker');

    const open = Math.round(clients * OPEN_SHARE);
    const programs: ProgramPlan[] = [];
    const slots: Slot[] = [];
    for (const model of PROGRAM_MODEL_LIST) {
      const modelOpen = Math.round(open * MODEL_SHARE[model]);
      const caseManagers = Math.max(1, Math.round(modelOpen / CASELOAD_TARGET[model]));
      const teams = Math.max(1, Math.round(caseManagers / STAFF_PER_PROGRAM));
      const perTeam = split(caseManagers, teams);
      const casesPerWorker = split(modelOpen, caseManagers);
      let worker = 0;
      perTeam.forEach((size, t) => {
        const program: ProgramPlan = {
          id: rng.uuid(),
          name: `${REGIONS[t % REGIONS.length]} ${MODEL_LABEL[model]}${t >= REGIONS.length ? ` ${Math.floor(t / REGIONS.length) + 1}` : ''}`,
          model,
          supervisorId: person(['supervisor'], 'social_worker'),
          psychiatristId: person(['clinician'], 'psychiatrist'),
          peerId: person(['peer_specialist'], 'peer_specialist'),
          caseManagerIds: [],
        };
        const index = programs.push(program) - 1;
        for (let i = 0; i < size; i++, worker++) {
          const id = person(['case_manager'], rng.chance(0.7) ? 'case_manager' : 'social_worker');
          program.caseManagerIds.push(id);
          const cases = casesPerWorker[worker] ?? 0;
          for (let k = 0; k < cases; k++) slots.push({ program: index, caseManagerId: id, firstOfCaseload: k === 0 });
        }
      });
    }
    return {
      id: rng.uuid(),
      name,
      emailDomain,
      timeZone: TIME_ZONES[o % TIME_ZONES.length]!,
      state: faker.location.state({ abbreviated: true }),
      cities: [city, ...Array.from({ length: 7 }, () => faker.location.city())],
      programs,
      staff,
      intakeCoordinatorId,
      clients: Math.max(clients, slots.length),
      slots,
    };
  });
}

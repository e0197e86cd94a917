import { subMinutes } from 'date-fns';
import { Rng } from '../datagen/random.js';
import type { CaseManagerFixture, Fixtures, SupervisorFixture } from './fixtures.js';
import type { Call, VirtualUser } from './http-load.js';
import type { SessionHeaders } from './sessions.js';
import { CHART_READS } from './sql-queries.js';

/** Signed-in sessions and the data each kind of simulated user works on. */
export interface UserPool {
  fixtures: Fixtures;
  sessions: Map<string, SessionHeaders>;
}

export const caseManagerFor = (pool: UserPool, i: number): CaseManagerFixture =>
  pool.fixtures.caseManagers[i % pool.fixtures.caseManagers.length]!;
export const supervisorFor = (pool: UserPool, i: number): SupervisorFixture =>
  pool.fixtures.supervisors[i % pool.fixtures.supervisors.length]!;
export const searchesFor = (pool: UserPool, organizationId: string): string[] =>
  pool.fixtures.searches.get(organizationId) ?? [];

function headersOf(pool: UserPool, email: string): SessionHeaders {
  const h = pool.sessions.get(email);
  if (!h) throw new Error('a benchmark user is not signed in');
  return h;
}

/** The i-th connection's search text for its k-th request (the SQL twin uses the same one). */
export const searchText = (queries: readonly string[], i: number, k: number) => queries[(i * 7 + k) % queries.length]!;
/** The i-th connection's k-th chart read: each client's three reads in turn, then the next client. */
export function chartStep(clientIds: readonly string[], i: number, k: number) {
  return { clientId: clientIds[(i + Math.floor(k / 3)) % clientIds.length]!, read: CHART_READS[k % 3]! };
}

/**
 * A supervisor searching: the org-wide ranked search (intake roles). A case manager's name search
 * reaches only their own clients, so the registry-wide typo search is what a supervisor runs.
 */
export function searchUser(pool: UserPool, i: number): VirtualUser {
  const sup = supervisorFor(pool, i);
  const queries = searchesFor(pool, sup.organizationId);
  let k = 0;
  return {
    headers: headersOf(pool, sup.email),
    // The search text travels in the body (never the URL).
    next: () => ({
      method: 'POST',
      path: '/api/clients/search',
      body: { q: searchText(queries, i, k++) },
      label: 'search',
    }),
  };
}

export function chartUser(pool: UserPool, i: number): VirtualUser {
  const cm = caseManagerFor(pool, i);
  let k = 0;
  const paths = { client: '', alerts: '/alerts', risk: '/risk' } as const;
  return {
    headers: headersOf(pool, cm.email),
    next: () => {
      const { clientId, read } = chartStep(cm.clientIds, i, k++);
      return { method: 'GET', path: `/api/clients/${clientId}${paths[read]}`, label: `chart_${read}` };
    },
  };
}

export function caseloadUser(pool: UserPool, i: number): VirtualUser {
  const cm = caseManagerFor(pool, i);
  return {
    headers: headersOf(pool, cm.email),
    next: () => ({ method: 'GET', path: '/api/caseload', label: 'caseload' }),
  };
}

/** The work lists every page keeps fresh: My tasks, Team tasks and the notification bell, in turn. */
const WORK_LISTS = [
  { path: '/api/tasks/mine', label: 'tasks_mine' },
  { path: '/api/tasks/team', label: 'tasks_team' },
  { path: '/api/notifications?limit=20', label: 'notifications' },
] as const;

export function workListsUser(pool: UserPool, i: number): VirtualUser {
  const cm = caseManagerFor(pool, i);
  let k = 0;
  return {
    headers: headersOf(pool, cm.email),
    next: () => ({ method: 'GET', ...WORK_LISTS[k++ % WORK_LISTS.length]! }),
  };
}

export function supervisionUser(pool: UserPool, i: number): VirtualUser {
  const sup = supervisorFor(pool, i);
  return {
    headers: headersOf(pool, sup.email),
    next: () => ({ method: 'GET', path: '/api/caseload/supervision', label: 'supervision' }),
  };
}

export function contactUser(pool: UserPool, i: number): VirtualUser {
  const cm = caseManagerFor(pool, i);
  let k = 0;
  return {
    headers: headersOf(pool, cm.email),
    next: () => ({
      method: 'POST',
      path: `/api/clients/${cm.clientIds[(i + k++) % cm.clientIds.length]}/contacts`,
      label: 'contact',
      body: {
        type: 'phone',
        occurredAt: subMinutes(new Date(), 30).toISOString(),
        durationMinutes: 15,
        services: ['coordination'],
        note: {
          data: 'Called to check in; reviewed the week and the next appointment.',
          assessment: 'Engaged and calm; no safety concerns raised.',
          plan: 'Visit next week as agreed.',
        },
      },
    }),
  };
}

export function phq9User(pool: UserPool, i: number): VirtualUser {
  const cm = caseManagerFor(pool, i);
  const rng = new Rng(`phq9:${i}`);
  let k = 0;
  return {
    headers: headersOf(pool, cm.email),
    next: () => ({
      method: 'POST',
      path: `/api/clients/${cm.clientIds[(i + k++) % cm.clientIds.length]}/assessments`,
      label: 'phq9',
      // Item 9 stays 0: a positive answer raises a flag and an urgent task, another scenario.
      body: { instrument: 'phq9', answers: [...Array.from({ length: 8 }, () => rng.int(0, 2)), 0], mode: 'clinician' },
    }),
  };
}

/**
 * Autosaves a care-plan draft with the version it last saw. A 409 carries the current record;
 * when it does not, the next call re-reads the plan (GET) before saving again.
 */
export function carePlanUser(pool: UserPool, i: number): VirtualUser {
  const cm = caseManagerFor(pool, i);
  const n = pool.fixtures.caseManagers.length;
  const plan = cm.drafts[Math.floor(i / n) % Math.max(1, cm.drafts.length)];
  if (!plan) throw new Error('a benchmark case manager has no care-plan draft (regenerate the data)');
  let version = plan.version;
  let stale = false;
  let k = 0;
  return {
    headers: headersOf(pool, cm.email),
    next: (): Call =>
      stale
        ? { method: 'GET', path: `/api/care-plans/${plan.id}`, label: 'careplan_reread' }
        : {
            method: 'PUT',
            path: `/api/care-plans/${plan.id}`,
            label: 'careplan',
            body: { content: { ...plan.content, preferences: `Prefers morning visits (autosave ${k++}).` }, version },
          },
    onResponse(call, status, body) {
      if (status === 200) {
        version = (JSON.parse(body) as { version: number }).version;
        stale = false;
      } else if (status === 409 && call.label === 'careplan') {
        const current = (JSON.parse(body) as { error?: { details?: { current?: { version?: number } } } }).error
          ?.details?.current?.version;
        if (current) version = current;
        else stale = true;
      }
    },
  };
}

const MIX = { search: 0.25, chart: 0.3, caseload: 0.15, contact: 0.12, phq9: 0.08, careplan: 0.1 } as const;

/** 70% reads (search, chart, caseload), 30% writes (contact, PHQ-9, care-plan autosave) for one case manager. */
export function mixedUser(pool: UserPool, i: number): VirtualUser {
  const parts: Record<keyof typeof MIX, VirtualUser> = {
    search: searchUser(pool, i),
    chart: chartUser(pool, i),
    caseload: caseloadUser(pool, i),
    contact: contactUser(pool, i),
    phq9: phq9User(pool, i),
    careplan: carePlanUser(pool, i),
  };
  const rng = new Rng(`mixed:${i}`);
  let current: VirtualUser = parts.search;
  return {
    headers: parts.search.headers,
    next() {
      current = parts[rng.weighted(MIX)];
      return current.next();
    },
    onResponse: (call, status, body) => current.onResponse?.(call, status, body),
  };
}

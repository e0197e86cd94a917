import type { Db } from '../../db/database.js';
import { crisisViewScenario, postDischargeScenario } from './crisis-care.js';
import { referralBoardScenario } from './referral-board.js';
import type { VirtualUser } from './http-load.js';
import { directorySql, directoryUser, prepareDirectory } from './directory-search.js';
import { caseloadSql, chartSql, searchSql, supervisionSql } from './sql-queries.js';
import {
  carePlanUser,
  caseloadUser,
  caseManagerFor,
  chartStep,
  chartUser,
  contactUser,
  mixedUser,
  phq9User,
  searchesFor,
  searchText,
  searchUser,
  supervisionUser,
  supervisorFor,
  workListsUser,
  type UserPool,
} from './users.js';

export const SCENARIO_NAMES = [
  'client_search',
  'client_chart',
  'caseload_dashboard',
  'supervisor_dashboard',
  'work_lists',
  'log_contact',
  'record_phq9',
  'save_care_plan_draft',
  'mixed_70_30',
  'referral_board',
  'directory_search',
  'post_discharge_list',
  'crisis_view',
] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export interface Scenario {
  name: ScenarioName;
  /** What one request is, for the report. */
  title: string;
  connections: 'single' | 'mixed';
  user(pool: UserPool, connection: number): VirtualUser;
  /** Read scenarios: the same reads as raw SQL, for worker `i`'s `k`-th run. */
  sql?(db: Db, pool: UserPool, i: number, k: number): Promise<unknown>;
  /** Data the scenario needs that the generator does not make (run once before it). */
  prepare?(db: Db, pool: UserPool): Promise<void>;
  /** Status codes that are a normal answer (a save may meet a concurrent save: 409). */
  ok: readonly number[];
}

export const SCENARIOS: Record<ScenarioName, Scenario> = {
  client_search: {
    name: 'client_search',
    title: 'search by first name and surname with two letters swapped',
    connections: 'single',
    user: searchUser,
    sql: (db, pool, i, k) => {
      const sup = supervisorFor(pool, i);
      return searchSql(db, sup.organizationId, searchText(searchesFor(pool, sup.organizationId), i, k));
    },
    ok: [200],
  },
  client_chart: {
    name: 'client_chart',
    title: "open a client's chart: record, alerts (flags and tasks), risk tier — one request each",
    connections: 'single',
    user: chartUser,
    sql: (db, pool, i, k) => {
      const cm = caseManagerFor(pool, i);
      const step = chartStep(cm.clientIds, i, k);
      return chartSql(db, cm.organizationId, step.clientId, step.read);
    },
    ok: [200],
  },
  caseload_dashboard: {
    name: 'caseload_dashboard',
    title: "a case manager's caseload (~40 clients) with next contact due, tier and plan reviews",
    connections: 'single',
    user: caseloadUser,
    sql: (db, pool, i) => {
      const cm = caseManagerFor(pool, i);
      return caseloadSql(db, cm.organizationId, cm.userId);
    },
    ok: [200],
  },
  supervisor_dashboard: {
    name: 'supervisor_dashboard',
    title: "a supervisor's view of a program (~15 case managers, ~600 open episodes)",
    connections: 'single',
    user: supervisionUser,
    sql: (db, pool, i) => {
      const sup = supervisorFor(pool, i);
      return supervisionSql(db, sup.organizationId, sup.userId, new Date());
    },
    ok: [200],
  },
  work_lists: {
    name: 'work_lists',
    title: 'My tasks, Team tasks (with the program’s safety work) and the notification bell, in turn',
    connections: 'single',
    user: workListsUser,
    ok: [200],
  },
  log_contact: {
    name: 'log_contact',
    title: 'log a phone contact with a DAP note draft (POST /api/clients/:id/contacts)',
    connections: 'single',
    user: contactUser,
    ok: [201],
  },
  record_phq9: {
    name: 'record_phq9',
    title: 'record a PHQ-9 (scored, safety rules, risk tier recomputed)',
    connections: 'single',
    user: phq9User,
    ok: [201],
  },
  save_care_plan_draft: {
    name: 'save_care_plan_draft',
    title: 'autosave a care-plan draft with its version (PUT /api/care-plans/:id)',
    connections: 'single',
    user: carePlanUser,
    ok: [200, 409],
  },
  mixed_70_30: {
    name: 'mixed_70_30',
    title: '70% reads (search, chart, caseload), 30% writes (contact, PHQ-9, plan autosave)',
    connections: 'mixed',
    user: mixedUser,
    ok: [200, 201, 409],
  },
  referral_board: referralBoardScenario,
  directory_search: {
    name: 'directory_search',
    title: 'typo-tolerant directory search (2,000 services per organisation), sometimes with a category',
    connections: 'single',
    prepare: prepareDirectory,
    user: directoryUser,
    sql: directorySql,
    ok: [200],
  },
  post_discharge_list: postDischargeScenario,
  crisis_view: crisisViewScenario,
};

import type { VirtualUser } from './http-load.js';
import { caseManagerFor, supervisorFor, type UserPool } from './users.js';

/** Case managers open their board (open referrals, overdue first); every fourth is a supervisor's team board. */
function referralBoardUser(pool: UserPool, i: number): VirtualUser {
  const team = i % 4 === 3;
  const who = team ? supervisorFor(pool, i) : caseManagerFor(pool, i);
  const headers = pool.sessions.get(who.email);
  if (!headers) throw new Error('a benchmark user is not signed in');
  const path = team ? '/api/referrals?scope=team' : '/api/referrals?scope=mine';
  return { headers, next: () => ({ method: 'GET', path, label: team ? 'referrals_team' : 'referrals_mine' }) };
}

/** Registered in `scenarios.ts` (typed there; no import back, to keep the graph acyclic). */
export const referralBoardScenario = {
  name: 'referral_board',
  title: 'the referrals board (GET /api/referrals, mine and team), overdue first',
  connections: 'single',
  user: referralBoardUser,
  ok: [200],
} as const;

import { endpoints, type ReferralStatus } from '@careloop/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { call } from '../../lib/endpoint-api.js';

/** Every referral query starts with 'referrals', so one invalidation refreshes chart, plan and board. */
export const clientReferralsKey = (clientId: string) => ['referrals', 'client', clientId];
export const referralKey = (id: string) => ['referrals', 'detail', id];
export const boardKey = (scope: 'mine' | 'team', status: ReferralStatus | null) => [
  'referrals',
  'board',
  scope,
  status,
];
export const settingsKey = ['referral-settings'];

export function useClientReferrals(clientId: string) {
  return useQuery({
    queryKey: clientReferralsKey(clientId),
    queryFn: () => call(endpoints.referrals.listForClient, { params: { id: clientId } }),
  });
}

export function useReferral(id: string | null) {
  return useQuery({
    queryKey: referralKey(id ?? ''),
    queryFn: () => call(endpoints.referrals.get, { params: { id: id ?? '' } }),
    enabled: !!id,
  });
}

/** Open referrals, or those in one status (closed ones only when asked for). */
export function useReferralBoard(scope: 'mine' | 'team', status: ReferralStatus | null) {
  return useQuery({
    queryKey: boardKey(scope, status),
    queryFn: () => call(endpoints.referrals.board, { query: { scope, ...(status ? { status } : {}) } }),
  });
}

export function useReferralSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => call(endpoints.referrals.settings) });
}

/** After any referral change: every referral list, plus tasks and notifications it may open or close. */
export function useRefreshReferrals() {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['referrals'] }),
        queryClient.invalidateQueries({ queryKey: ['tasks'] }),
        queryClient.invalidateQueries({ queryKey: ['notifications'] }),
      ]).then(() => undefined),
    [queryClient],
  );
}

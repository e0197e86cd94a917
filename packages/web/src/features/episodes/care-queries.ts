import { canBePrimaryCaseManager, CLIENT_CARE_ROLES, endpoints, type EndpointOutput } from '@careloop/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { call } from '../../lib/endpoint-api.js';

/** An active colleague as the staff list answers. */
export type StaffMember = EndpointOutput<typeof endpoints.users.staff>['items'][number];

/** Active colleagues for pickers; the list changes rarely, so it is cached for a few minutes. */
export function useStaff(enabled = true) {
  return useQuery({
    queryKey: ['staff'],
    queryFn: () => call(endpoints.users.staff),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function usePrograms(enabled = true) {
  return useQuery({
    queryKey: ['programs'],
    queryFn: () => call(endpoints.programs.list),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export const episodesKey = (clientId: string) => ['client-episodes', clientId];

export function useClientEpisodes(clientId: string) {
  return useQuery({
    queryKey: episodesKey(clientId),
    queryFn: () => call(endpoints.episodes.list, { params: { id: clientId } }),
  });
}

/** After any episode change: the client's episodes and every caseload view may have moved. */
export function useRefreshEpisodes(clientId: string) {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: episodesKey(clientId) }),
      queryClient.invalidateQueries({ queryKey: ['episode'] }),
      queryClient.invalidateQueries({ queryKey: ['caseload'] }),
    ]);
  }, [queryClient, clientId]);
}

/** Staff who work with clients (admins and privacy officers carry no cases). */
export function careStaffOptions(staff: readonly StaffMember[]): { value: string; label: string }[] {
  return staff
    .filter((s) => s.roles.some((r) => CLIENT_CARE_ROLES.includes(r)))
    .map((s) => ({ value: s.id, label: s.name }));
}

/** Staff who can hold a case as its primary case manager (the server refuses other roles). */
export function primaryCaseManagerOptions(staff: readonly StaffMember[]): { value: string; label: string }[] {
  return staff.filter((s) => canBePrimaryCaseManager(s.roles)).map((s) => ({ value: s.id, label: s.name }));
}

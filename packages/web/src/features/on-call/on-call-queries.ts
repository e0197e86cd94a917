import { endpoints, type CreateCoverageBody, type CrisisViewBody, type OnCallShiftBody } from '@careloop/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/endpoint-api.js';

const scheduleKey = ['on-call', 'shifts'];
const coveragesKey = ['coverages'];

export function useOnCallSchedule() {
  return useQuery({ queryKey: scheduleKey, queryFn: () => call(endpoints.coverage.schedule, {}) });
}

export function useStaff(enabled: boolean) {
  return useQuery({ queryKey: ['staff'], queryFn: () => call(endpoints.users.staff, {}), enabled });
}

export function useAddShift() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OnCallShiftBody) => call(endpoints.coverage.addShift, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scheduleKey }),
  });
}

export function useRemoveShift() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(endpoints.coverage.removeShift, { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scheduleKey }),
  });
}

export function useOnCallClients(q: string) {
  return useQuery({
    queryKey: ['on-call', 'clients', q],
    queryFn: () => call(endpoints.coverage.findClients, { query: { q } }),
    enabled: q.trim().length >= 2,
  });
}

/** A mutation, not a query: each look is its own audited access with its own purpose. */
export function useCrisisView(clientId: string) {
  return useMutation({
    mutationFn: (body: CrisisViewBody) => call(endpoints.coverage.crisisView, { params: { id: clientId }, body }),
  });
}

export function useCoverages() {
  return useQuery({ queryKey: coveragesKey, queryFn: () => call(endpoints.coverage.listCoverages, {}) });
}

/** Coverage changes who sees which clients and tasks: refresh those too. */
function useCoverageRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: coveragesKey }),
      queryClient.invalidateQueries({ queryKey: ['caseload'] }),
      queryClient.invalidateQueries({ queryKey: ['tasks'] }),
    ]);
}

export function useCreateCoverage() {
  const refresh = useCoverageRefresh();
  return useMutation({
    mutationFn: (body: CreateCoverageBody) => call(endpoints.coverage.createCoverage, { body }),
    onSuccess: refresh,
  });
}

export function useEndCoverage() {
  const refresh = useCoverageRefresh();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      call(endpoints.coverage.endCoverage, { params: { id }, body: { version } }),
    onSuccess: refresh,
  });
}

import type { IntakeView, ProgramView, Role } from '@careloop/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError } from '../../lib/api.js';
import { fieldsOf } from '../../lib/field-errors.js';

export interface StaffMember {
  id: string;
  name: string;
  roles: Role[];
  discipline: string | null;
}

export const intakeKey = (id: string) => ['intake', id];

export function useIntake(id: string | undefined) {
  return useQuery({
    queryKey: intakeKey(id ?? ''),
    queryFn: () => api<IntakeView>(`/api/intakes/${id ?? ''}`),
    enabled: !!id,
  });
}

/** Active colleagues for pickers (same cache key as the episode screens). */
export function useStaff() {
  return useQuery({
    queryKey: ['staff'],
    queryFn: () => api<{ items: StaffMember[] }>('/api/staff'),
    staleTime: 5 * 60_000,
  });
}

export function usePrograms() {
  return useQuery({
    queryKey: ['programs'],
    queryFn: () => api<{ items: ProgramView[] }>('/api/programs'),
    staleTime: 5 * 60_000,
  });
}

export const staffWithRole = (staff: StaffMember[] | undefined, ...roles: Role[]) =>
  (staff ?? []).filter((s) => s.roles.some((r) => roles.includes(r))).map((s) => ({ value: s.id, label: s.name }));

/**
 * A change to the intake that carries its version. On a version conflict the page shows the
 * current record (from the 409) and `conflict` stays set until the next attempt, so the user
 * knows their change was not applied.
 */
export function useIntakeChange<TBody>(
  intake: IntakeView,
  send: (body: TBody & { version: number }) => Promise<IntakeView>,
  onSaved?: (saved: IntakeView) => void,
) {
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState(false);
  const mutation = useMutation({
    mutationFn: (body: TBody) => {
      setConflict(false);
      return send({ ...body, version: intake.version });
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(intakeKey(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: ['intakes'] });
      onSaved?.(saved);
    },
    onError: async (err) => {
      if (err instanceof ApiError && err.code === 'version_conflict') {
        setConflict(true);
        const current = err.details.current as IntakeView | undefined;
        if (current) queryClient.setQueryData(intakeKey(intake.id), current);
        else await queryClient.invalidateQueries({ queryKey: intakeKey(intake.id) });
      }
    },
  });
  const fields = fieldsOf(mutation.error);
  return { mutation, conflict, fields };
}

export function patchIntake(id: string) {
  return (body: object) => api<IntakeView>(`/api/intakes/${id}`, { method: 'PATCH', body });
}

import { endpoints, type EndpointOutput, type IntakeView, type Role, type UpdateIntakeBody } from '@careloop/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../lib/api.js';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';

/** An active colleague as the staff list answers. */
export type StaffMember = EndpointOutput<typeof endpoints.users.staff>['items'][number];

export const intakeKey = (id: string) => ['intake', id];

export function useIntake(id: string | undefined) {
  return useQuery({
    queryKey: intakeKey(id ?? ''),
    queryFn: () => call(endpoints.intakes.get, { params: { id: id ?? '' } }),
    enabled: !!id,
  });
}

/** Active colleagues for pickers (same cache key as the episode screens). */
export function useStaff() {
  return useQuery({
    queryKey: ['staff'],
    queryFn: () => call(endpoints.users.staff),
    staleTime: 5 * 60_000,
  });
}

export function usePrograms() {
  return useQuery({
    queryKey: ['programs'],
    queryFn: () => call(endpoints.programs.list),
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
  return (body: UpdateIntakeBody) => call(endpoints.intakes.update, { params: { id }, body });
}

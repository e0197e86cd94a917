import { endpoints, ProgramStaffRoles, type ProgramStaffRole, type ProgramView } from '@careloop/core';
import { Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, type CallBody } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { useStaff } from '../intake/intake-queries.js';

/** Who supervises the program, is on call for it, or is on its team (ACT). */
export function ProgramStaff({ program }: { program: ProgramView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['program-staff', program.id];
  const staff = useStaff();
  const members = useQuery({
    queryKey: key,
    queryFn: () => call(endpoints.programs.staff, { params: { id: program.id } }),
  });
  const [userId, setUserId] = useState<string | null>(null);
  const [role, setRole] = useState<ProgramStaffRole | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });

  const add = useMutation({
    mutationFn: () =>
      // 202 with the approval: an admin staffing themself waits for a second admin. A choice not
      // made goes as null on purpose: the server names the missing field.
      call(endpoints.programs.addStaff, {
        params: { id: program.id },
        body: { userId, role } as CallBody<typeof endpoints.programs.addStaff>,
      }),
    onSuccess: async (saved) => {
      await refresh();
      setUserId(null);
      if ('status' in saved) {
        await queryClient.invalidateQueries({ queryKey: ['admin-approvals'] });
        notify(t('approvals.sentForApproval'));
      } else notify(t('programsAdmin.staffAdded'));
    },
  });
  const remove = useMutation({
    mutationFn: (staffId: string) => call(endpoints.programs.removeStaff, { params: { id: program.id, staffId } }),
    onSuccess: async () => {
      await refresh();
      notify(t('programsAdmin.staffRemoved'));
    },
  });
  const fields = fieldsOf(add.error);
  const roleLabel = (r: ProgramStaffRole) => t(`programsAdmin.staffRoles.${r}`);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  const items = members.data?.items ?? [];

  return (
    <Stack>
      <ApiErrorAlert error={members.error ?? remove.error} />
      {members.isSuccess && items.length === 0 ? (
        <Text size="sm">{t('programsAdmin.noStaff')}</Text>
      ) : (
        <Table aria-label={t('programsAdmin.staffTableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('programsAdmin.staffMember')}</Table.Th>
              <Table.Th>{t('programsAdmin.staffRole')}</Table.Th>
              <Table.Th>{t('programsAdmin.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{m.userName}</Table.Td>
                <Table.Td>{roleLabel(m.role)}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="default"
                    loading={remove.isPending && remove.variables === m.id}
                    onClick={() => remove.mutate(m.id)}
                    aria-label={t('programsAdmin.removeStaff', { name: m.userName, role: roleLabel(m.role) })}
                  >
                    {t('app.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form onSubmit={submit} noValidate>
        {add.error && Object.keys(fields).length === 0 && <ApiErrorAlert error={add.error} />}
        <Group align="flex-end">
          <Select
            label={t('programsAdmin.staffMember')}
            data={(staff.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
            value={userId}
            onChange={setUserId}
            searchable
            required
            allowDeselect={false}
            error={fields.userId}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t('programsAdmin.staffRole')}
            data={ProgramStaffRoles.map((r) => ({ value: r, label: roleLabel(r) }))}
            value={role}
            onChange={(v) => setRole(v)}
            required
            allowDeselect={false}
            error={fields.role}
            comboboxProps={{ withinPortal: true }}
          />
          <Button type="submit" loading={add.isPending}>
            {t('programsAdmin.addStaff')}
          </Button>
        </Group>
      </form>
    </Stack>
  );
}

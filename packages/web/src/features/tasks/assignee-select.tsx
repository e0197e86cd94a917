import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { careStaffOptions, usePrograms, useStaff } from '../episodes/care-queries.js';

interface AssigneeSelectProps {
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string;
  /** Offer "Me" (new tasks); a reassignment names someone. */
  includeMe?: boolean;
  meId: string;
}

/** A person or a team (a program's shared team, e.g. ACT), in one searchable list. */
export function AssigneeSelect({ value, onChange, error, includeMe = false, meId }: AssigneeSelectProps) {
  const { t } = useTranslation();
  const staff = useStaff();
  const programs = usePrograms();
  const people = careStaffOptions(staff.data?.items ?? [])
    .filter((o) => !includeMe || o.value !== meId)
    .map((o) => ({ value: `person:${o.value}`, label: o.label }));
  const teams = (programs.data?.items ?? [])
    .filter((p) => p.active)
    .map((p) => ({ value: `team:${p.id}`, label: t('tasks.teamOf', { program: p.name }) }));
  const data = [
    ...(includeMe ? [{ group: t('tasks.assign.me'), items: [{ value: 'me', label: t('tasks.assign.myself') }] }] : []),
    { group: t('tasks.assign.people'), items: people },
    { group: t('tasks.assign.teams'), items: teams },
  ];
  return (
    <Select
      label={t('tasks.fields.assignee')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      required
      allowDeselect={false}
      nothingFoundMessage={t('tasks.assign.nothingFound')}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

import { CareTeamRoles, EXTERNAL_ONLY_ROLES, type AddToCareTeam, type CareTeamRole } from '@careloop/core';
import { Alert, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type JoinRole = Exclude<CareTeamRole, 'primary_case_manager'>;

/** Roles a colleague can join a care team in through a hand-off. */
const JOIN_ROLES = CareTeamRoles.filter(
  (r): r is JoinRole => r !== 'primary_case_manager' && !EXTERNAL_ONLY_ROLES.includes(r),
);

/**
 * A task goes only to someone who can open the chart. When the server says the chosen person
 * cannot (field `addToCareTeam`), the form asks in which role and why they join the care team,
 * and sends that with the hand-off.
 */
export function useCareTeamJoin() {
  const [role, setRole] = useState<JoinRole | null>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  return {
    reset: () => {
      setRole(null);
      setReason('');
      setMissing(false);
    },
    /** The body part to send once asked for, or null (with the fields marked) while incomplete. */
    value: (asked: boolean): { ok: boolean; addToCareTeam?: AddToCareTeam } => {
      if (!asked) return { ok: true };
      const complete = role !== null && reason.trim() !== '';
      setMissing(!complete);
      return complete ? { ok: true, addToCareTeam: { role, reason: reason.trim() } } : { ok: false };
    },
    fieldsProps: { role, setRole, reason, setReason, missing },
  };
}

interface FieldsProps {
  role: JoinRole | null;
  setRole: (r: JoinRole | null) => void;
  reason: string;
  setReason: (r: string) => void;
  missing: boolean;
  /** The server's message: this person cannot open the chart yet. */
  message: string;
}

export function CareTeamJoinFields({ role, setRole, reason, setReason, missing, message }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Alert color="yellow" role="alert" title={t('tasks.join.title')}>
        {message}
      </Alert>
      <Select
        label={t('tasks.join.role')}
        data={JOIN_ROLES.map((r) => ({ value: r, label: t(`care.teamRoles.${r}`) }))}
        value={role}
        onChange={(v) => setRole(JOIN_ROLES.find((r) => r === v) ?? null)}
        allowDeselect={false}
        required
        error={missing && !role ? t('tasks.join.roleRequired') : undefined}
        comboboxProps={{ withinPortal: true }}
      />
      <TextInput
        label={t('tasks.join.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        maxLength={500}
        required
        error={missing && !reason.trim() ? t('tasks.join.reasonRequired') : undefined}
      />
    </Stack>
  );
}

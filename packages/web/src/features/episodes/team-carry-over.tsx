import type { CareTeamMemberView } from '@careloop/core';
import { Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  team: readonly CareTeamMemberView[];
  /** Membership ids left behind (unchecked). */
  leaveBehind: readonly string[];
  onChange: (leaveBehind: string[]) => void;
}

/** Members who come along on a move: everyone by default; leaving someone behind is a deliberate choice. */
export function TeamCarryOver({ team, leaveBehind, onChange }: Props) {
  const { t } = useTranslation();
  const members = team.filter((m) => !m.endedAt && m.role !== 'primary_case_manager');
  if (members.length === 0) return null;
  return (
    <Checkbox.Group
      label={t('episodes.carryTeam')}
      description={t('episodes.carryTeamHelp')}
      value={members.map((m) => m.id).filter((id) => !leaveBehind.includes(id))}
      onChange={(kept) => onChange(members.map((m) => m.id).filter((id) => !kept.includes(id)))}
    >
      <Stack gap={6} mt="xs">
        {members.map((m) => (
          <Checkbox
            key={m.id}
            value={m.id}
            label={`${m.name} · ${t(`care.teamRoles.${m.role}`)}${m.external && m.organization ? ` · ${m.organization}` : ''}`}
          />
        ))}
      </Stack>
      {leaveBehind.length > 0 && (
        <Text size="sm" c="red.9" mt="xs">
          {t('episodes.leftBehind', { count: leaveBehind.length })}
        </Text>
      )}
    </Checkbox.Group>
  );
}

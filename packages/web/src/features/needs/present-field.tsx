import { AssessmentParticipantRoles, type AssessmentParticipantRole } from '@careloop/core';
import { Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Present = Partial<Record<AssessmentParticipantRole, string>>;

/** Who took part, each with an optional name; the client must be among them to complete. */
export function PresentField({
  value,
  error,
  onChange,
}: {
  value: Present;
  error: string | undefined;
  onChange: (next: Present) => void;
}) {
  const { t } = useTranslation();
  const checked = AssessmentParticipantRoles.filter((r) => value[r] !== undefined);
  const toggle = (roles: string[]) => {
    const next: Present = {};
    for (const r of AssessmentParticipantRoles) if (roles.includes(r)) next[r] = value[r] ?? '';
    onChange(next);
  };
  return (
    <Stack gap="xs" id="need-present">
      <Checkbox.Group label={t('needs.present')} value={checked} onChange={toggle} error={error}>
        <Group mt={4}>
          {AssessmentParticipantRoles.map((r) => (
            <Checkbox key={r} value={r} label={t(`needs.presentRoles.${r}`)} size="md" />
          ))}
        </Group>
      </Checkbox.Group>
      {checked.map((r) => (
        <TextInput
          key={r}
          label={t('needs.presentName', { role: t(`needs.presentRoles.${r}`).toLowerCase() })}
          value={value[r] ?? ''}
          onChange={(e) => onChange({ ...value, [r]: e.currentTarget.value })}
          maw={420}
        />
      ))}
    </Stack>
  );
}

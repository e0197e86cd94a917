import { SafetyPlanSections, type SafetyPlanSection } from '@careloop/core';
import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SectionFields, type FieldKey, type Row, type SafetyPlanForm } from './safety-plan-model.js';

function ItemRow({
  section,
  row,
  n,
  onChange,
  onRemove,
}: {
  section: SafetyPlanSection;
  row: Row;
  n: number;
  onChange: (row: Row) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const heading = t(`safetyPlan.sections.${section}`);
  const fields: readonly FieldKey[] = SectionFields[section];
  const label = (f: FieldKey) => {
    if (f === 'text') return t('safetyPlan.fields.item', { n });
    if (f === 'name' && section === 'socialDistractions') return `${t('safetyPlan.fields.place')} ${n}`;
    return f === 'name' || f === 'means' ? `${t(`safetyPlan.fields.${f}`)} ${n}` : t(`safetyPlan.fields.${f}`);
  };
  return (
    <Group align="flex-end" gap="xs" wrap="wrap">
      {fields.map((f) => (
        <TextInput
          key={f}
          label={label(f)}
          type={f === 'byDate' || f === 'completedOn' ? 'date' : f === 'phone' ? 'tel' : 'text'}
          value={row[f] ?? ''}
          onChange={(e) => onChange({ ...row, [f]: e.currentTarget.value })}
          style={{ flex: f === 'text' || f === 'plan' ? '1 1 18rem' : '1 1 10rem' }}
        />
      ))}
      <ActionIcon
        variant="subtle"
        color="red.9"
        size="lg"
        aria-label={t('safetyPlan.removeItem', { n, section: heading })}
        onClick={onRemove}
      >
        <IconTrash aria-hidden="true" size={18} />
      </ActionIcon>
    </Group>
  );
}

/** The plan written with the client: one fieldset per step, each a list the client adds to. */
export function SafetyPlanFormFields({
  form,
  onChange,
  errors,
}: {
  form: SafetyPlanForm;
  onChange: (form: SafetyPlanForm) => void;
  errors: Partial<Record<SafetyPlanSection, string>>;
}) {
  const { t } = useTranslation();
  const set = (section: SafetyPlanSection, rows: Row[]) => onChange({ ...form, [section]: rows });
  return (
    <Stack gap="md">
      {SafetyPlanSections.map((section, i) => {
        const heading = t(`safetyPlan.sections.${section}`);
        const rows = form[section];
        return (
          <Fieldset key={section} legend={`${i + 1}. ${heading}`}>
            <Stack gap="xs">
              <Text size="sm" c="gray.7">
                {t(`safetyPlan.hints.${section}`)}
              </Text>
              {rows.map((row, n) => (
                <ItemRow
                  key={n}
                  section={section}
                  row={row}
                  n={n + 1}
                  onChange={(r) =>
                    set(
                      section,
                      rows.map((old, j) => (j === n ? r : old)),
                    )
                  }
                  onRemove={() =>
                    set(
                      section,
                      rows.filter((_, j) => j !== n),
                    )
                  }
                />
              ))}
              {errors[section] && (
                <Text size="sm" c="red.9" role="alert">
                  {errors[section]}
                </Text>
              )}
              <Group>
                <Button size="xs" variant="default" onClick={() => set(section, [...rows, {}])}>
                  {t('safetyPlan.add', { section: heading })}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        );
      })}
    </Stack>
  );
}

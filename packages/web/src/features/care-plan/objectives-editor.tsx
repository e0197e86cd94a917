import { Button, Fieldset, Group, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { blankObjective, orNull, removeAt, replaceAt, type Objective } from './plan-model.js';

/** Measurable objectives of one goal: what changes, how much, by when. */
export function ObjectivesEditor({
  items,
  onChange,
  errorAt,
}: {
  items: Objective[];
  onChange: (items: Objective[]) => void;
  errorAt: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<Objective>) => {
    const current = items[i];
    if (current) onChange(replaceAt(items, i, { ...current, ...patch }));
  };
  return (
    <Stack gap="xs">
      <Title order={5}>{t('carePlan.objectives')}</Title>
      {items.map((o, i) => (
        <Fieldset key={o.id} legend={t('carePlan.objectiveN', { n: i + 1 })} p="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('carePlan.objectiveWhat')}
              withAsterisk
              value={o.what}
              error={errorAt(`objectives.${i}.what`)}
              onChange={(e) => set(i, { what: e.currentTarget.value })}
            />
            <TextInput
              label={t('carePlan.objectiveHowMuch')}
              value={o.howMuch ?? ''}
              onChange={(e) => set(i, { howMuch: orNull(e.currentTarget.value) })}
            />
            <TextInput
              type="date"
              label={t('carePlan.objectiveByWhen')}
              value={o.byWhen ?? ''}
              onChange={(e) => set(i, { byWhen: orNull(e.currentTarget.value) })}
            />
          </SimpleGrid>
          <Group justify="flex-end" mt="xs">
            <Button variant="default" size="compact-sm" onClick={() => onChange(removeAt(items, i))}>
              {t('carePlan.removeObjective', { n: i + 1 })}
            </Button>
          </Group>
        </Fieldset>
      ))}
      <Group>
        <Button variant="default" size="sm" onClick={() => onChange([...items, blankObjective()])}>
          {t('carePlan.addObjective')}
        </Button>
      </Group>
    </Stack>
  );
}

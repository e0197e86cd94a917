import { ResponsibleKinds } from '@careloop/core';
import { Button, Fieldset, Group, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { blankIntervention, orNull, removeAt, replaceAt, type Intervention } from './plan-model.js';

type Kind = Intervention['responsibleKind'];
const isKind = (v: string | null): v is Kind => ResponsibleKinds.some((k) => k === v);

/** Who does what, how often, from when to when: the team, the client, family or an outside service. */
export function InterventionsEditor({
  items,
  onChange,
  errorAt,
}: {
  items: Intervention[];
  onChange: (items: Intervention[]) => void;
  errorAt: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<Intervention>) => {
    const current = items[i];
    if (current) onChange(replaceAt(items, i, { ...current, ...patch }));
  };
  const kinds = ResponsibleKinds.map((k) => ({ value: k, label: t(`carePlan.responsible.${k}`) }));
  return (
    <Stack gap="xs">
      <Title order={5}>{t('carePlan.interventions')}</Title>
      {items.map((iv, i) => (
        <Fieldset key={iv.id} legend={t('carePlan.interventionN', { n: i + 1 })} p="sm">
          <Stack gap="xs">
            <TextInput
              label={t('carePlan.interventionWhat')}
              withAsterisk
              value={iv.what}
              error={errorAt(`interventions.${i}.what`)}
              onChange={(e) => set(i, { what: e.currentTarget.value })}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('carePlan.responsibleKind')}
                data={kinds}
                value={iv.responsibleKind}
                allowDeselect={false}
                onChange={(v) => {
                  if (isKind(v)) set(i, { responsibleKind: v });
                }}
              />
              <TextInput
                label={t('carePlan.responsibleName')}
                value={iv.responsibleName ?? ''}
                onChange={(e) => set(i, { responsibleName: orNull(e.currentTarget.value) })}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('carePlan.frequency')}
                value={iv.frequency ?? ''}
                onChange={(e) => set(i, { frequency: orNull(e.currentTarget.value) })}
              />
              <TextInput
                type="date"
                label={t('carePlan.startDate')}
                value={iv.startDate ?? ''}
                onChange={(e) => set(i, { startDate: orNull(e.currentTarget.value) })}
              />
              <TextInput
                type="date"
                label={t('carePlan.endDate')}
                value={iv.endDate ?? ''}
                onChange={(e) => set(i, { endDate: orNull(e.currentTarget.value) })}
              />
            </SimpleGrid>
            <Group justify="flex-end">
              <Button variant="default" size="compact-sm" onClick={() => onChange(removeAt(items, i))}>
                {t('carePlan.removeIntervention', { n: i + 1 })}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      ))}
      <Group>
        <Button variant="default" size="sm" onClick={() => onChange([...items, blankIntervention()])}>
          {t('carePlan.addIntervention')}
        </Button>
      </Group>
    </Stack>
  );
}

import { Checkbox, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { blankGas, type GasScale } from './plan-model.js';

const LEVELS = [
  ['plus2', 2],
  ['plus1', 1],
  ['zero', 0],
  ['minus1', -1],
  ['minus2', -2],
] as const;

/** Optional Goal Attainment Scaling: what each level from -2 to +2 looks like, 0 being the expected outcome. */
export function GasEditor({
  gas,
  onChange,
  errorAt,
}: {
  gas: GasScale | null | undefined;
  onChange: (gas: GasScale | null) => void;
  errorAt: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const levelLabel = (n: number) => t(`carePlan.gasLevel.${n}`);
  return (
    <Stack gap="xs">
      <Checkbox
        label={t('carePlan.useGas')}
        checked={!!gas}
        onChange={(e) => onChange(e.currentTarget.checked ? blankGas() : null)}
      />
      {gas && (
        <>
          <Text size="sm">{t('carePlan.gasIntro')}</Text>
          {LEVELS.map(([key, n]) => (
            <TextInput
              key={key}
              label={levelLabel(n)}
              withAsterisk={n === 0}
              value={gas.levels[key]}
              error={errorAt(`gas.levels.${key}`)}
              onChange={(e) => onChange({ ...gas, levels: { ...gas.levels, [key]: e.currentTarget.value } })}
            />
          ))}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('carePlan.gasWeight')}
              description={t('carePlan.gasWeightHint')}
              min={0.1}
              max={100}
              step={1}
              value={gas.weight}
              error={errorAt('gas.weight')}
              onChange={(v) => onChange({ ...gas, weight: typeof v === 'number' ? v : 1 })}
            />
            <Select
              label={t('carePlan.gasBaseline')}
              data={LEVELS.map(([, n]) => ({ value: String(n), label: levelLabel(n) }))}
              value={String(gas.baseline)}
              allowDeselect={false}
              onChange={(v) => onChange({ ...gas, baseline: v === null ? -1 : Number(v) })}
            />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}

import type { ReactNode } from 'react';
import {
  NEED_DOMAIN_LABELS,
  NeedDomains,
  ServiceCategories,
  type PlanGoal,
  type ServiceCategory,
} from '@careloop/core';
import {
  Button,
  Divider,
  Fieldset,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GasEditor } from './gas-editor.js';
import { InterventionsEditor } from './interventions-editor.js';
import { ObjectivesEditor } from './objectives-editor.js';
import { orNull } from './plan-model.js';

const isCategory = (v: string | null): v is ServiceCategory => ServiceCategories.some((c) => c === v);

export interface GoalEditorProps {
  goal: PlanGoal;
  index: number;
  count: number;
  onChange: (goal: PlanGoal) => void;
  onMove: (by: -1 | 1) => void;
  /** Pointer handle for drag-to-reorder (the buttons do the same from the keyboard). */
  dragHandle?: ReactNode;
  onRemove: () => void;
  /** The validation message at a path under this goal, once errors are shown. */
  errorAt: (path: string) => string | undefined;
}

/** One goal: the client's words first, then how the team understands it and how it will be reached. */
export function GoalEditor({ goal, index, count, onChange, onMove, onRemove, errorAt, dragHandle }: GoalEditorProps) {
  const { t } = useTranslation();
  const n = index + 1;
  const set = (patch: Partial<PlanGoal>) => onChange({ ...goal, ...patch });
  const categories = ServiceCategories.map((c) => ({ value: c, label: t(`carePlan.categories.${c}`) }));
  const domains: { value: string; label: string }[] = NeedDomains.map((d) => ({
    value: d,
    label: NEED_DOMAIN_LABELS[d],
  }));
  // Codes from another version of the domain list stay selectable rather than vanish.
  for (const d of goal.needDomains) if (!domains.some((x) => x.value === d)) domains.push({ value: d, label: d });
  return (
    <Fieldset legend={t('carePlan.goalN', { n })} data-goal-id={goal.id}>
      <Stack gap="sm">
        <Group justify="flex-end" gap="xs">
          {dragHandle}
          <Button variant="default" size="compact-md" data-move="up" disabled={index === 0} onClick={() => onMove(-1)}>
            {t('carePlan.moveUp', { n })}
          </Button>
          <Button
            variant="default"
            size="compact-md"
            data-move="down"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            {t('carePlan.moveDown', { n })}
          </Button>
          <Button variant="default" size="compact-md" onClick={onRemove}>
            {t('carePlan.removeGoal', { n })}
          </Button>
        </Group>
        <Textarea
          label={t('carePlan.clientWords')}
          description={t('carePlan.clientWordsHint')}
          withAsterisk
          autosize
          minRows={2}
          value={goal.clientWords}
          error={errorAt('clientWords')}
          onChange={(e) => set({ clientWords: e.currentTarget.value })}
        />
        <Textarea
          label={t('carePlan.staffRestatement')}
          description={t('carePlan.staffRestatementHint')}
          autosize
          minRows={2}
          value={goal.staffRestatement ?? ''}
          onChange={(e) => set({ staffRestatement: orNull(e.currentTarget.value) })}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('carePlan.category')}
            data={categories}
            clearable
            value={goal.category ?? null}
            onChange={(v) => set({ category: isCategory(v) ? v : null })}
          />
          <MultiSelect
            label={t('carePlan.needsAddressed')}
            data={domains}
            value={goal.needDomains}
            onChange={(v) => set({ needDomains: v })}
          />
          <Textarea
            label={t('carePlan.strengthsUsed')}
            autosize
            minRows={1}
            value={goal.strengthsUsed ?? ''}
            onChange={(e) => set({ strengthsUsed: orNull(e.currentTarget.value) })}
          />
          <TextInput
            type="date"
            label={t('carePlan.targetDate')}
            value={goal.targetDate ?? ''}
            onChange={(e) => set({ targetDate: orNull(e.currentTarget.value) })}
          />
        </SimpleGrid>
        <Divider />
        <ObjectivesEditor items={goal.objectives} onChange={(objectives) => set({ objectives })} errorAt={errorAt} />
        <Divider />
        <InterventionsEditor
          items={goal.interventions}
          onChange={(interventions) => set({ interventions })}
          errorAt={errorAt}
        />
        <Divider />
        <GasEditor gas={goal.gas} onChange={(gas) => set({ gas })} errorAt={errorAt} />
      </Stack>
    </Fieldset>
  );
}

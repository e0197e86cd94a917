import { EPISODE_STAGE_LIST, RiskTiers, type CaseloadItem, type EpisodeStage } from '@careloop/core';
import { Checkbox, Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseloadFilters } from './caseload-model.js';

const ALL = 'all';

export function CaseloadFilterBar({
  items,
  value,
  onChange,
}: {
  items: readonly CaseloadItem[];
  value: CaseloadFilters;
  onChange: (next: CaseloadFilters) => void;
}) {
  const { t } = useTranslation();
  // Only the programs on this caseload: an empty choice helps nobody.
  // "All" is an option rather than a clear button: Mantine's clear button is hidden from keyboards.
  const programs = [
    { value: ALL, label: t('caseload.allPrograms') },
    ...[...new Map(items.map((i) => [i.programId, i.programName])).entries()]
      .sort((a, b) => a[1].localeCompare(b[1]))
      .map(([id, name]) => ({ value: id, label: name })),
  ];
  const stages = [
    { value: ALL, label: t('caseload.allStages') },
    ...EPISODE_STAGE_LIST.map((s) => ({ value: s, label: t(`care.stages.${s}`) })),
  ];
  // Most severe first, as a worker triages; "not assessed" is a choice of its own.
  const tierChoices = [...[...RiskTiers].reverse(), 'none'] as const;
  const tiers = [
    { value: ALL, label: t('riskCaseload.allTiers') },
    ...tierChoices.map((tier) => ({
      value: tier,
      label: tier === 'none' ? t('risk.notAssessed') : t(`risk.tiers.${tier}`),
    })),
  ];
  return (
    <Group align="flex-end" role="group" aria-label={t('caseload.filters')}>
      <TextInput
        label={t('caseload.filterText')}
        type="search"
        autoComplete="off"
        value={value.text}
        onChange={(e) => onChange({ ...value, text: e.currentTarget.value })}
      />
      <Select
        label={t('caseload.filterProgram')}
        data={programs}
        value={value.programId ?? ALL}
        onChange={(v) => onChange({ ...value, programId: v && v !== ALL ? v : null })}
        allowDeselect={false}
      />
      <Select
        label={t('caseload.filterStage')}
        data={stages}
        value={value.stage ?? ALL}
        onChange={(v) => onChange({ ...value, stage: v && v !== ALL ? (v as EpisodeStage) : null })}
        allowDeselect={false}
      />
      <Select
        label={t('riskCaseload.filterTier')}
        data={tiers}
        value={value.tier ?? ALL}
        onChange={(v) => onChange({ ...value, tier: tierChoices.find((c) => c === v) ?? null })}
        allowDeselect={false}
      />
      <Checkbox
        label={t('caseload.overdueOnly')}
        checked={value.overdueOnly}
        onChange={(e) => onChange({ ...value, overdueOnly: e.currentTarget.checked })}
        mb={8}
      />
    </Group>
  );
}

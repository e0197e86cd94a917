import { ServiceCategories, type ServiceCategory, type ServiceSearchItem } from '@careloop/core';
import { Button, Card, Checkbox, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { useServiceSearch } from './directory-queries.js';
import { CapacityBadge, StaleBadge } from './service-badges.js';

export interface DirectorySearchProps {
  /** Called with the chosen service (the referral dialog takes it; the directory page opens it). */
  onPick: (service: ServiceSearchItem) => void;
  /** Start filtered to this category (e.g. the goal's). */
  initialCategory?: ServiceCategory;
  /** The pick button's text (default "Choose"). */
  pickLabel?: string;
}

/**
 * Search the service directory by text (typos tolerated), category, language and, optionally, the
 * client's age and insurance or a place; each hit shows its capacity and a stale flag. Reusable:
 * the directory page and the referral dialog both use it.
 */
export function DirectorySearch({ onPick, initialCategory, pickLabel }: DirectorySearchProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [category, setCategory] = useState<ServiceCategory | null>(initialCategory ?? null);
  const [language, setLanguage] = useState('');
  const [age, setAge] = useState<number | string>('');
  const [insurance, setInsurance] = useState('');
  const [near, setNear] = useState('');
  const [includeIneligible, setIncludeIneligible] = useState(false);
  const [more, setMore] = useState(false);
  const [debouncedQ] = useDebouncedValue(q.trim(), 250);
  const [debouncedLanguage] = useDebouncedValue(language.trim(), 250);
  const [debouncedInsurance] = useDebouncedValue(insurance.trim(), 250);
  const nearOk = /^\s*-?\d+(\.\d+)?\s*,\s*-?\d+(\.\d+)?\s*$/.test(near);
  const results = useServiceSearch({
    ...(debouncedQ && { q: debouncedQ }),
    ...(category && { category }),
    ...(debouncedLanguage && { language: debouncedLanguage }),
    ...(typeof age === 'number' && { age }),
    ...(debouncedInsurance && { insurance: debouncedInsurance }),
    ...(nearOk && { near: near.replace(/\s+/g, '') }),
    ...(includeIneligible && { includeIneligible: 'true' }),
  });
  const items = results.data?.items ?? [];
  const categories = ServiceCategories.map((c) => ({ value: c, label: t(`carePlan.categories.${c}`) }));

  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('directory.searchLabel')}
          description={t('directory.searchHint')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          type="search"
          autoComplete="off"
          style={{ flex: '2 1 260px' }}
        />
        <Select
          label={t('directory.category')}
          placeholder={t('directory.anyCategory')}
          data={categories}
          value={category}
          onChange={(v) => setCategory(v)}
          clearable
          searchable
          style={{ flex: '1 1 200px' }}
        />
        <TextInput
          label={t('directory.language')}
          placeholder={t('directory.languageHint')}
          value={language}
          onChange={(e) => setLanguage(e.currentTarget.value)}
          style={{ flex: '1 1 140px' }}
        />
      </Group>
      <div>
        <Button variant="subtle" size="compact-sm" onClick={() => setMore((m) => !m)} aria-expanded={more}>
          {t('directory.moreFilters')}
        </Button>
      </div>
      {more && (
        <Group align="flex-end" wrap="wrap">
          <NumberInput label={t('directory.age')} value={age} onChange={setAge} min={0} max={120} w={140} />
          <TextInput
            label={t('directory.insurance')}
            value={insurance}
            onChange={(e) => setInsurance(e.currentTarget.value)}
            w={200}
          />
          <TextInput
            label={t('directory.near')}
            description={t('directory.nearHint')}
            value={near}
            onChange={(e) => setNear(e.currentTarget.value)}
            style={{ flex: '1 1 260px' }}
          />
          <Checkbox
            label={t('directory.includeIneligible')}
            checked={includeIneligible}
            onChange={(e) => setIncludeIneligible(e.currentTarget.checked)}
          />
        </Group>
      )}
      <ApiErrorAlert error={results.error} />
      {results.data && (
        <Text size="sm" aria-live="polite">
          {items.length === 0 ? t('directory.noResults') : t('directory.results', { count: items.length })}
        </Text>
      )}
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('directory.title')}>
        {items.map((s) => (
          <Card key={s.id} withBorder padding="sm" component="li">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={600}>{s.name}</Text>
                <Text size="sm">
                  {s.organizationName} · {t(`carePlan.categories.${s.category}`)}
                </Text>
                {s.description && (
                  <Text size="sm" c="gray.7" lineClamp={2}>
                    {s.description}
                  </Text>
                )}
                <Group gap="xs" mt={4}>
                  <CapacityBadge status={s.capacityStatus} />
                  {s.capacityStatus === 'waitlist' && s.waitlistWeeks != null && (
                    <Text size="xs">{t('directory.waitlistWeeks', { count: s.waitlistWeeks })}</Text>
                  )}
                  {s.stale && <StaleBadge />}
                  {s.distanceMiles != null && <Text size="xs">{t('directory.miles', { miles: s.distanceMiles })}</Text>}
                  {s.languages.length > 0 && <Text size="xs">{s.languages.join(', ')}</Text>}
                  {s.misses.map((m) => (
                    <Text key={m} size="xs" c="red.9">
                      {t(`directory.misses.${m}`)}
                    </Text>
                  ))}
                </Group>
              </Stack>
              <Button
                size="xs"
                variant="light"
                onClick={() => onPick(s)}
                aria-label={t('directory.pickService', { action: pickLabel ?? t('directory.pick'), name: s.name })}
              >
                {pickLabel ?? t('directory.pick')}
              </Button>
            </Group>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}

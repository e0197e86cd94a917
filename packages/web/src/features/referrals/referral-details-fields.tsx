import { ContactMethods, NeedDomains, ServiceCategories, type NeedDomain } from '@careloop/core';
import { Checkbox, Fieldset, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CreateForm } from './create-referral-model.js';

interface Props {
  form: CreateForm;
  errors: Record<string, string>;
  onChange: (patch: Partial<CreateForm>) => void;
  /** Domains the client's latest needs assessment rated actionable: listed first, marked. */
  assessed: readonly string[];
}

export function CategoryField({ form, errors, onChange }: Omit<Props, 'assessed'>) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('referrals.create.category')}
      required
      allowDeselect={false}
      data={ServiceCategories.map((c) => ({ value: c, label: t(`carePlan.categories.${c}`) }))}
      value={form.category}
      onChange={(v) => onChange({ category: ServiceCategories.find((c) => c === v) ?? null })}
      error={errors.category}
      searchable
    />
  );
}

/** Reason, the needs that go in the packet, and how the provider may reach the client. */
export function ReferralDetailsFields({ form, errors, onChange, assessed }: Props) {
  const { t } = useTranslation();
  const needLabel = (d: NeedDomain) => t(`carePlan.domainLabels.${d}`, { defaultValue: d });
  const order = [...NeedDomains].sort((a, b) => Number(assessed.includes(b)) - Number(assessed.includes(a)));
  return (
    <Stack gap="sm">
      <Textarea
        label={t('referrals.create.reason')}
        description={t('referrals.create.reasonHint')}
        required
        autosize
        minRows={3}
        value={form.reason}
        onChange={(e) => onChange({ reason: e.currentTarget.value })}
        error={errors.reason}
      />
      <Checkbox.Group
        label={t('referrals.create.needs')}
        description={t('referrals.create.needsHint')}
        value={form.needs}
        onChange={(v) => onChange({ needs: NeedDomains.filter((d) => v.includes(d)) })}
        error={errors.needs}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
          {order.map((d) => (
            <Checkbox
              key={d}
              value={d}
              label={assessed.includes(d) ? t('referrals.create.assessed', { need: needLabel(d) }) : needLabel(d)}
            />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Fieldset legend={t('referrals.create.contactMethod')} variant="unstyled">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Select
            label={t('referrals.create.contactMethod')}
            data={ContactMethods.map((m) => ({ value: m, label: t(`referrals.contactMethods.${m}`) }))}
            value={form.contactMethod}
            onChange={(v) => onChange({ contactMethod: ContactMethods.find((m) => m === v) ?? null })}
            clearable
          />
          <TextInput
            label={t('referrals.create.contactValue')}
            value={form.contactValue}
            onChange={(e) => onChange({ contactValue: e.currentTarget.value })}
            disabled={!form.contactMethod || form.contactMethod === 'through_case_manager'}
          />
          <TextInput
            label={t('referrals.create.bestTimes')}
            value={form.bestTimes}
            onChange={(e) => onChange({ bestTimes: e.currentTarget.value })}
            disabled={!form.contactMethod}
          />
          <TextInput
            label={t('referrals.create.contactNotes')}
            value={form.contactNotes}
            onChange={(e) => onChange({ contactNotes: e.currentTarget.value })}
            disabled={!form.contactMethod}
          />
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}

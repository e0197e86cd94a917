import { NEED_DOMAIN_LABELS, NEED_RATING_LABELS, NeedRatings, type NeedDomain } from '@careloop/core';
import { Fieldset, Group, Radio, SimpleGrid, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DomainDraft } from './needs-model.js';

/** One life domain: a 0–3 rating with large touch targets (tablet), the client's words and strengths. */
export function DomainField({
  domain,
  value,
  error,
  onChange,
}: {
  domain: NeedDomain;
  value: DomainDraft;
  error: string | undefined;
  onChange: (next: DomainDraft) => void;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={NEED_DOMAIN_LABELS[domain]} id={`need-${domain}`}>
      <Radio.Group
        label={t('needs.ratingLabel')}
        value={value.rating === null ? null : String(value.rating)}
        onChange={(v) => onChange({ ...value, rating: NeedRatings.find((r) => String(r) === v) ?? null })}
        error={error}
      >
        <SimpleGrid cols={{ base: 2, sm: 4 }} mt={4} spacing="xs">
          {NeedRatings.map((r) => (
            <Radio.Card key={r} value={String(r)} p="sm" radius="sm" withBorder mih={48}>
              <Group gap="xs" wrap="nowrap">
                <Radio.Indicator />
                <Text size="sm">{t('needs.ratingOption', { rating: r, label: NEED_RATING_LABELS[r] })}</Text>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} mt="sm">
        <Textarea
          label={t('needs.clientWords')}
          value={value.clientWords}
          onChange={(e) => onChange({ ...value, clientWords: e.currentTarget.value })}
          autosize
          minRows={2}
        />
        <Textarea
          label={t('needs.strengths')}
          value={value.strengths}
          onChange={(e) => onChange({ ...value, strengths: e.currentTarget.value })}
          autosize
          minRows={2}
        />
      </SimpleGrid>
    </Fieldset>
  );
}

import type { NeedsAssessmentView, PlanContent } from '@careloop/core';
import { Button, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { domainLabel } from '../needs/needs-view.js';
import { removeAt, replaceAt, type DeferredNeed } from './plan-model.js';

/** Actionable needs the client chose to leave for now, each with the reason. */
export function DeferredNeeds({
  content,
  needs,
  onChange,
  errorAt,
}: {
  content: PlanContent;
  needs: NeedsAssessmentView | null;
  onChange: (items: DeferredNeed[]) => void;
  errorAt: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const items = content.deferredNeeds;
  const [domain, setDomain] = useState<string | null>(null);
  const taken = new Set([...items.map((d) => d.domain), ...content.goals.flatMap((g) => g.needDomains)]);
  const options = (needs?.actionable ?? []).filter((d) => !taken.has(d));
  return (
    <Stack gap="xs">
      <Title order={4}>{t('carePlan.deferredTitle')}</Title>
      <Text size="sm">{t('carePlan.deferredIntro')}</Text>
      {items.map((d, i) => (
        <Group key={d.domain} align="flex-end" gap="xs">
          <Textarea
            style={{ flex: 1 }}
            label={t('carePlan.deferredReason', { need: domainLabel(d.domain) })}
            withAsterisk
            autosize
            minRows={1}
            value={d.reason}
            error={errorAt(`deferredNeeds.${i}.reason`)}
            onChange={(e) => onChange(replaceAt(items, i, { ...d, reason: e.currentTarget.value }))}
          />
          <Button variant="default" onClick={() => onChange(removeAt(items, i))}>
            {t('carePlan.undefer', { need: domainLabel(d.domain) })}
          </Button>
        </Group>
      ))}
      {options.length > 0 && (
        <Group align="flex-end" gap="xs">
          <Select
            label={t('carePlan.deferNeed')}
            data={options.map((d) => ({ value: d, label: domainLabel(d) }))}
            value={domain}
            onChange={setDomain}
          />
          <Button
            variant="default"
            disabled={!domain}
            onClick={() => {
              if (domain) onChange([...items, { domain, reason: '' }]);
              setDomain(null);
            }}
          >
            {t('carePlan.defer')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

import { endpoints, RiskTiers, type RiskOverrideBody, type RiskTier } from '@careloop/core';
import { Button, Group, Select, Stack, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { useRiskAction } from './use-risk-action.js';
import { fieldsOf } from '../../lib/field-errors.js';

/** A clinician sets the tier by hand; the reason is kept beside the computed tier. */
export function OverrideForm({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const [tier, setTier] = useState<RiskTier | null>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const override = useRiskAction(
    clientId,
    (body: RiskOverrideBody) => call(endpoints.assessments.overrideRisk, { params: { id: clientId }, body }),
    {
      success: (r) => t('risk.tier.overridden', { tier: r.current ? t(`risk.tiers.${r.current.tier}`) : '' }),
      onDone: () => {
        setTier(null);
        setReason('');
        setMissing(false);
      },
    },
  );
  const fields = fieldsOf(override.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!tier);
    if (tier) override.mutate({ tier, reason });
  };
  return (
    <form noValidate onSubmit={submit} aria-labelledby={`override-${clientId}`}>
      <Stack gap="xs">
        <Title order={4} id={`override-${clientId}`}>
          {t('risk.tier.overrideTitle')}
        </Title>
        {override.error && !Object.keys(fields).length && <ApiErrorAlert error={override.error} />}
        <Select
          label={t('risk.tier.newTier')}
          data={RiskTiers.map((r) => ({ value: r, label: t(`risk.tiers.${r}`) }))}
          value={tier}
          onChange={setTier}
          required
          allowDeselect={false}
          w={260}
          error={fields.tier ?? (missing && !tier ? t('risk.tier.chooseTier') : undefined)}
        />
        <Textarea
          label={t('risk.tier.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
          autosize
          minRows={2}
          error={fields.reason}
        />
        <Group>
          <Button type="submit" loading={override.isPending}>
            {t('risk.tier.overrideSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

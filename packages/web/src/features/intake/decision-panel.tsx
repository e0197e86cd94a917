import { endpoints, type EligibilityDecision, type IntakeDecisionBody, type IntakeView } from '@careloop/core';
import { Button, Group, Paper, Radio, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { formatDateTime } from '../../lib/format-date.js';
import { notify } from '../../components/notify.js';
import { ChangeError } from './intake-badges.js';
import { useIntakeChange, usePrograms } from './intake-queries.js';

/** Eligibility decision with its reason and, when eligible, the program the person matches. */
export function DecisionPanel({ intake, tz, readOnly }: { intake: IntakeView; tz: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const programs = usePrograms();
  const [decision, setDecision] = useState<EligibilityDecision>(intake.eligibilityDecision ?? 'eligible');
  const [reason, setReason] = useState(intake.eligibilityReason ?? '');
  const [programId, setProgramId] = useState<string | null>(intake.programId);
  const change = useIntakeChange(intake, (body: IntakeDecisionBody & { version: number }) =>
    call(endpoints.intakes.decide, { params: { id: intake.id }, body }),
  );
  const { mutation, fields } = change;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate(
      { decision, reason, programId: decision === 'eligible' ? programId : null },
      { onSuccess: () => notify(t('intake.decisionSaved')) },
    );
  };
  const label = (d: EligibilityDecision) => (d === 'eligible' ? t('intake.eligible') : t('intake.notEligible'));

  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="intake-decision-title">
      <Title order={2} size="h3" mb="sm" id="intake-decision-title">
        {t('intake.decisionTitle')}
      </Title>
      {intake.eligibilityDecision && (
        <Text size="sm" mb="sm">
          {t('intake.decided', {
            decision: label(intake.eligibilityDecision),
            date: formatDateTime(intake.decidedAt, tz),
            reason: intake.eligibilityReason ?? '',
          })}
          {intake.programName && ` (${intake.programName})`}
        </Text>
      )}
      {!readOnly && (
        <form onSubmit={submit} noValidate>
          <ChangeError error={mutation.error} conflict={change.conflict} fields={fields} />
          <Stack>
            <Radio.Group
              label={t('intake.decision')}
              value={decision}
              onChange={(v) => setDecision(v)}
              required
              error={fields.decision}
            >
              <Group mt="xs">
                <Radio value="eligible" label={t('intake.eligible')} />
                <Radio value="not_eligible" label={t('intake.notEligible')} />
              </Group>
            </Radio.Group>
            {decision === 'eligible' && (
              <Select
                label={t('intake.program')}
                data={(programs.data?.items ?? [])
                  .filter((p) => p.active)
                  .map((p) => ({ value: p.id, label: `${p.name} (${t(`care.models.${p.model}`)})` }))}
                value={programId}
                onChange={setProgramId}
                required
                allowDeselect={false}
                error={fields.programId}
                description={programs.data?.items.find((p) => p.id === programId)?.eligibilityNotes ?? undefined}
              />
            )}
            <Textarea
              label={t('intake.decisionReason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              required
              autosize
              minRows={2}
              maxLength={2000}
              error={fields.reason}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={mutation.isPending}>
                {t('intake.recordDecision')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}

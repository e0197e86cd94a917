import { endpoints, MANUAL_INTAKE_OUTCOMES, type CloseIntakeBody, type IntakeView } from '@careloop/core';
import { Button, Group, Paper, Select, Stack, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { notify } from '../../components/notify.js';
import { ChangeError } from './intake-badges.js';
import { useIntakeChange } from './intake-queries.js';

type ManualOutcome = CloseIntakeBody['outcome'];

/** Nothing leaves the queue silently: closing without enrolment needs an outcome and a reason. */
export function ClosePanel({ intake }: { intake: IntakeView }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<ManualOutcome | null>(null);
  const [reason, setReason] = useState('');
  const change = useIntakeChange(intake, (body: CloseIntakeBody & { version: number }) =>
    call(endpoints.intakes.close, { params: { id: intake.id }, body }),
  );
  const { mutation, fields } = change;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // An empty outcome is sent as is so the server names the missing field.
    mutation.mutate(
      { outcome: outcome as ManualOutcome, reason },
      { onSuccess: () => notify(t('intake.closedSaved')) },
    );
  };

  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="intake-close-title">
      <Title order={2} size="h3" mb="sm" id="intake-close-title">
        {t('intake.closeTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <ChangeError error={mutation.error} conflict={change.conflict} fields={fields} />
        <Stack>
          <Select
            label={t('intake.outcome')}
            data={MANUAL_INTAKE_OUTCOMES.map((o) => ({ value: o, label: t(`intake.outcomes.${o}`) }))}
            value={outcome}
            onChange={(v) => setOutcome(v)}
            required
            allowDeselect={false}
            error={fields.outcome}
          />
          <Textarea
            label={t('intake.outcomeReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            required
            autosize
            minRows={2}
            maxLength={2000}
            error={fields.reason}
          />
          <Group justify="flex-end">
            <Button type="submit" variant="default" loading={mutation.isPending}>
              {t('intake.close')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

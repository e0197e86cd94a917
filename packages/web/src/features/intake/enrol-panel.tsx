import { endpoints, type EnrollBody, type IntakeView } from '@careloop/core';
import { Alert, Button, Checkbox, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { intakeKey, staffWithRole, useStaff } from './intake-queries.js';

/**
 * Enrolment closes the intake as "enrolled" and opens an episode with its primary case manager;
 * the page then shows the closed intake with a link to the chart.
 */
export function EnrolPanel({ intake }: { intake: IntakeView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const staff = useStaff();
  const [caseManagerId, setCaseManagerId] = useState<string | null>(null);
  const [waitlisted, setWaitlisted] = useState(false);
  const [waitlistNote, setWaitlistNote] = useState('');
  const clientId = intake.clientId;
  const program = intake.programName ?? '';

  const enrol = useMutation({
    mutationFn: (body: EnrollBody) => call(endpoints.episodes.create, { params: { id: clientId ?? '' }, body }),
    onSuccess: async (episode) => {
      notify(t('intake.enrolled', { program: episode.programName }));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: intakeKey(intake.id) }),
        queryClient.invalidateQueries({ queryKey: ['intakes'] }),
        queryClient.invalidateQueries({ queryKey: ['caseload'] }),
        queryClient.invalidateQueries({ queryKey: ['client-episodes', episode.clientId] }),
      ]);
    },
  });
  const fields = fieldsOf(enrol.error);
  const ready = intake.eligibilityDecision === 'eligible' && !!intake.programId && !!clientId;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!intake.programId) return;
    enrol.mutate({
      programId: intake.programId,
      // Empty is sent as is so the server names the missing field next to it.
      primaryCaseManagerId: caseManagerId ?? '',
      intakeId: intake.id,
      waitlisted,
      waitlistNote: waitlisted ? waitlistNote.trim() || null : null,
    });
  };

  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="intake-enrol-title">
      <Title order={2} size="h3" mb="sm" id="intake-enrol-title">
        {t('intake.enrolTitle')}
      </Title>
      {!clientId && <Text size="sm">{t('intake.enrolNeedsClient')}</Text>}
      {clientId && !ready && <Text size="sm">{t('intake.enrolNeedsEligible')}</Text>}
      {ready && (
        <form onSubmit={submit} noValidate>
          <Stack>
            {enrol.error && Object.keys(fields).length === 0 && <ApiErrorAlert error={enrol.error} />}
            <Select
              label={t('intake.primaryCaseManager')}
              data={staffWithRole(staff.data?.items, 'case_manager')}
              value={caseManagerId}
              onChange={setCaseManagerId}
              searchable
              required
              allowDeselect={false}
              error={fields.primaryCaseManagerId}
            />
            <Checkbox
              label={t('intake.waitlisted')}
              checked={waitlisted}
              onChange={(e) => setWaitlisted(e.currentTarget.checked)}
            />
            {waitlisted && (
              <TextInput
                label={t('intake.waitlistNote')}
                value={waitlistNote}
                onChange={(e) => setWaitlistNote(e.currentTarget.value)}
                maxLength={500}
                error={fields.waitlistNote}
              />
            )}
            {(fields.intakeId ?? fields.programId) && (
              <Alert color="red" role="alert">
                {fields.intakeId ?? fields.programId}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button type="submit" loading={enrol.isPending}>
                {t('intake.enrol', { program })}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}

import { URGENCY_LIST, type IntakeView, type UpdateIntakeBody, type Urgency } from '@careloop/core';
import { Button, Divider, Group, Paper, Select, SimpleGrid, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session.js';
import { notify } from '../../components/notify.js';
import { FirstContactForm } from './first-contact-form.js';
import { FirstContactSummary } from './first-contact-summary.js';
import { ChangeError } from './intake-badges.js';
import { patchIntake, staffWithRole, useIntakeChange, useStaff } from './intake-queries.js';

/** Urgency (recomputes the due time), who holds the intake, and the first contact's brief screen. */
export function IntakeWorkPanel({ intake, tz }: { intake: IntakeView; tz: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const staff = useStaff();
  // Drafts follow the record until the user changes them (the record also changes elsewhere:
  // linking a client assigns the intake), and are kept through a version conflict.
  const [urgencyDraft, setUrgencyDraft] = useState<Urgency | null>(null);
  const [assigneeDraft, setAssigneeDraft] = useState<string | null | undefined>(undefined);
  const urgency = urgencyDraft ?? intake.urgency;
  const assignee = assigneeDraft === undefined ? intake.assignedToId : assigneeDraft;
  const change = useIntakeChange(intake, patchIntake(intake.id), () => {
    setUrgencyDraft(null);
    setAssigneeDraft(undefined);
  });
  const { mutation, fields } = change;

  const save = (body: UpdateIntakeBody, message: string) => mutation.mutate(body, { onSuccess: () => notify(message) });

  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="intake-work-title">
      <Title order={2} size="h3" mb="sm" id="intake-work-title">
        {t('intake.work')}
      </Title>
      <ChangeError error={mutation.error} conflict={change.conflict} fields={fields} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="xs">
          <Select
            label={t('intake.changeUrgency')}
            data={URGENCY_LIST.map((u) => ({ value: u, label: t(`care.urgency.${u}`) }))}
            value={urgency}
            onChange={(v) => v && setUrgencyDraft(v)}
            allowDeselect={false}
            error={fields.urgency}
          />
          <Group>
            <Button
              variant="default"
              disabled={urgency === intake.urgency}
              onClick={() => save({ urgency }, t('intake.urgencySaved'))}
            >
              {t('intake.saveUrgency')}
            </Button>
          </Group>
        </Stack>
        <Stack gap="xs">
          <Select
            label={t('intake.assignee')}
            data={staffWithRole(staff.data?.items, 'intake_coordinator', 'supervisor')}
            value={assignee}
            onChange={setAssigneeDraft}
            clearable
            error={fields.assignedToId}
          />
          <Group>
            <Button
              variant="default"
              disabled={assignee === intake.assignedToId}
              onClick={() => save({ assignedToId: assignee }, t('intake.assignedSaved'))}
            >
              {t('intake.assign')}
            </Button>
            {me && intake.assignedToId !== me.id && (
              <Button variant="default" onClick={() => save({ assignedToId: me.id }, t('intake.assignedSaved'))}>
                {t('intake.assignToMe')}
              </Button>
            )}
          </Group>
        </Stack>
      </SimpleGrid>
      <Divider my="md" />
      {intake.firstContactScreen ? (
        <FirstContactSummary intake={intake} tz={tz} />
      ) : (
        <FirstContactForm intake={intake} tz={tz} />
      )}
    </Paper>
  );
}

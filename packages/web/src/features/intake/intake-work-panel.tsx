import { URGENCY_LIST, type IntakeView, type Urgency } from '@careloop/core';
import { Button, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.js';
import { notify } from '../../components/notify.js';
import { ChangeError, useNow } from './intake-badges.js';
import { patchIntake, staffWithRole, useIntakeChange, useStaff } from './intake-queries.js';
import { fromWallTime, toWallTime } from './intake-time.js';

/** Urgency (recomputes the due time), who holds the intake, and the first contact with the person. */
export function IntakeWorkPanel({ intake, tz }: { intake: IntakeView; tz: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const staff = useStaff();
  const now = useNow();
  // Drafts follow the record until the user changes them (the record also changes elsewhere:
  // linking a client assigns the intake), and are kept through a version conflict.
  const [urgencyDraft, setUrgencyDraft] = useState<Urgency | null>(null);
  const [assigneeDraft, setAssigneeDraft] = useState<string | null | undefined>(undefined);
  const urgency = urgencyDraft ?? intake.urgency;
  const assignee = assigneeDraft === undefined ? intake.assignedToId : assigneeDraft;
  // Null until the user picks a time: then "now" is sent to the second (a whole-minute wall
  // time could fall before a referral received moments ago).
  const [contactAt, setContactAt] = useState<string | null>(null);
  const change = useIntakeChange(intake, patchIntake(intake.id), () => {
    setUrgencyDraft(null);
    setAssigneeDraft(undefined);
  });
  const { mutation, fields } = change;

  const save = (body: object, message: string) => mutation.mutate(body, { onSuccess: () => notify(message) });
  const recordContact = (e: FormEvent) => {
    e.preventDefault();
    // A malformed time is sent as is: the server names the field.
    const at = contactAt === null ? new Date().toISOString() : (fromWallTime(contactAt, tz) ?? contactAt);
    save({ firstContactAt: at }, t('intake.firstContactSaved'));
  };

  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="intake-work-title">
      <Title order={2} size="h3" mb="sm" id="intake-work-title">
        {t('intake.work')}
      </Title>
      <ChangeError error={mutation.error} conflict={change.conflict} fields={fields} />
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
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
        {!intake.firstContactAt && (
          <form onSubmit={recordContact} noValidate>
            <Stack gap="xs">
              <TextInput
                label={t('intake.firstContactAt')}
                type="datetime-local"
                value={contactAt ?? toWallTime(now, tz)}
                onChange={(e) => setContactAt(e.currentTarget.value)}
                error={fields.firstContactAt}
              />
              <Group>
                <Button type="submit" loading={mutation.isPending}>
                  {t('intake.recordFirstContact')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </SimpleGrid>
    </Paper>
  );
}

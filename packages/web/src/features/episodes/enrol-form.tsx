import { endpoints, type EnrollBody } from '@careloop/core';
import { Button, Checkbox, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { primaryCaseManagerOptions, usePrograms, useStaff } from './care-queries.js';
import { useEpisodeAction } from './use-episode-action.js';

export function EnrolModal({ clientId, opened, onClose }: { clientId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const programs = usePrograms(opened);
  const staff = useStaff(opened);
  const [programId, setProgramId] = useState<string | null>(null);
  // A case manager enrolling usually carries the case: start with them.
  const [caseManagerId, setCaseManagerId] = useState<string | null>(me?.roles.includes('case_manager') ? me.id : null);
  const [waitlisted, setWaitlisted] = useState(false);
  const [waitlistNote, setWaitlistNote] = useState('');
  const close = () => {
    setProgramId(null);
    setWaitlisted(false);
    setWaitlistNote('');
    enrol.reset();
    onClose();
  };
  const enrol = useEpisodeAction(
    clientId,
    (body: EnrollBody) => call(endpoints.episodes.create, { params: { id: clientId }, body }),
    { success: () => t('episodes.enrolled'), onDone: close },
  );
  const fields = fieldsOf(enrol.error);
  const programOptions = (programs.data?.items ?? [])
    .filter((p) => p.active)
    .map((p) => ({ value: p.id, label: `${p.name} · ${t(`care.models.${p.model}`)}` }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!programId || !caseManagerId) return;
    enrol.mutate({
      programId,
      primaryCaseManagerId: caseManagerId,
      waitlisted,
      waitlistNote: waitlisted ? waitlistNote.trim() || null : null,
    });
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('episodes.enrolTitle')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form noValidate onSubmit={submit}>
        <Stack>
          {/* 409 "already open in this program" and other non-field errors read as one message. */}
          {enrol.error && !Object.keys(fields).length && <ApiErrorAlert error={enrol.error} />}
          <ApiErrorAlert error={programs.error ?? staff.error} />
          <Select
            label={t('episodes.program')}
            data={programOptions}
            value={programId}
            onChange={setProgramId}
            required
            allowDeselect={false}
            error={fields.programId}
          />
          <Select
            label={t('episodes.primaryCaseManager')}
            data={primaryCaseManagerOptions(staff.data?.items ?? [])}
            value={caseManagerId}
            onChange={setCaseManagerId}
            searchable
            required
            allowDeselect={false}
            error={fields.primaryCaseManagerId}
          />
          <Checkbox
            label={t('episodes.waitlist')}
            checked={waitlisted}
            onChange={(e) => setWaitlisted(e.currentTarget.checked)}
          />
          {waitlisted && (
            <TextInput
              label={t('episodes.waitlistNote')}
              value={waitlistNote}
              onChange={(e) => setWaitlistNote(e.currentTarget.value)}
              error={fields.waitlistNote}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" disabled={!programId || !caseManagerId} loading={enrol.isPending}>
              {t('episodes.enrol')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

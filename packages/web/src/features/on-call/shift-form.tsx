import { Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { fromWallTime } from '../../lib/wall-time.js';
import { useAddShift, useStaff } from './on-call-queries.js';

/** Add a shift (admins; supervisors for their programs). Wall times are read in the agency's zone. */
export function ShiftForm({ programs, timeZone }: { programs: { id: string; name: string }[]; timeZone: string }) {
  const { t } = useTranslation();
  const staff = useStaff(true);
  const add = useAddShift();
  const [programId, setProgramId] = useState<string | null>(programs[0]?.id ?? null);
  const [userId, setUserId] = useState<string | null>(null);
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [note, setNote] = useState('');
  const fields = fieldsOf(add.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      {
        programId: programId ?? '',
        userId: userId ?? '',
        startsAt: fromWallTime(startsAt, timeZone) ?? startsAt,
        endsAt: fromWallTime(endsAt, timeZone) ?? endsAt,
        note: note.trim() || null,
      },
      {
        onSuccess: () => {
          notify(t('onCall.added'));
          setStartsAt('');
          setEndsAt('');
          setNote('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="shift-form-title">
      <Stack gap="sm">
        <Title order={2} id="shift-form-title" size="h4">
          {t('onCall.addTitle')}
        </Title>
        <ApiErrorAlert error={add.error} />
        <Group grow align="flex-start">
          <Select
            label={t('onCall.program')}
            data={programs.map((p) => ({ value: p.id, label: p.name }))}
            value={programId}
            onChange={setProgramId}
            error={fields.programId}
            required
            allowDeselect={false}
          />
          <Select
            label={t('onCall.staff')}
            data={(staff.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
            value={userId}
            onChange={setUserId}
            error={fields.userId}
            searchable
            required
            allowDeselect={false}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            type="datetime-local"
            label={t('onCall.startsAt')}
            value={startsAt}
            onChange={(e) => setStartsAt(e.currentTarget.value)}
            error={fields.startsAt}
            required
          />
          <TextInput
            type="datetime-local"
            label={t('onCall.endsAt')}
            value={endsAt}
            onChange={(e) => setEndsAt(e.currentTarget.value)}
            error={fields.endsAt}
            required
          />
        </Group>
        <TextInput
          label={t('onCall.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fields.note}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={add.isPending}>
            {t('onCall.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

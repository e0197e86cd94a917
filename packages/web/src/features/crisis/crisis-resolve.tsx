import type { CrisisEventView } from '@careloop/core';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { useResolveCrisis } from './crisis-queries.js';

interface Props {
  crisis: CrisisEventView;
  opened: boolean;
  onClose: () => void;
}

/** Resolve a crisis with a note: the banner's open-crisis flag clears. */
export function ResolveCrisisModal({ crisis, opened, onClose }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const resolve = useResolveCrisis(crisis.clientId, crisis.id);
  const fields = fieldsOf(resolve.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    resolve.mutate(
      { note, version: crisis.version },
      {
        onSuccess: () => {
          notify(t('crisis.resolved'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('crisis.resolve')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <ApiErrorAlert error={resolve.error} />
          <Textarea
            label={t('crisis.resolutionNote')}
            description={t('crisis.resolutionNoteHint')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fields.note}
            required
            autosize
            minRows={3}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={resolve.isPending}>
              {t('crisis.resolveSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { AdvocacyStatuses, type AdvocacyCaseView, type AdvocacyStatus } from '@careloop/core';
import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { useUpdateAdvocacyCase } from './advocacy-queries.js';

const ENDINGS = AdvocacyStatuses.filter((s) => s !== 'open');

/** End the case: how it ended and the outcome (required: the rule in core, checked again by the server). */
export function AdvocacyCloseModal({
  c,
  opened,
  onClose,
}: {
  c: AdvocacyCaseView;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('advocacy.closeTitle')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <CloseForm c={c} onClose={onClose} />
    </Modal>
  );
}

function CloseForm({ c, onClose }: { c: AdvocacyCaseView; onClose: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const [outcome, setOutcome] = useState('');
  const update = useUpdateAdvocacyCase(c.clientId, c.id);
  const fields = fieldsOf(update.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate(
      { version: c.version, status: (status ?? 'closed') as AdvocacyStatus, outcome: outcome.trim() ? outcome : null },
      {
        onSuccess: () => {
          notify(t('advocacy.closed'));
          onClose();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ApiErrorAlert error={update.error} />
        <Select
          label={t('advocacy.status')}
          data={ENDINGS.map((s) => ({ value: s, label: t(`advocacy.statuses.${s}`) }))}
          value={status}
          onChange={setStatus}
          error={fields.status}
          required
          allowDeselect={false}
        />
        <Textarea
          label={t('advocacy.outcome')}
          description={t('advocacy.outcomeHint')}
          value={outcome}
          onChange={(e) => setOutcome(e.currentTarget.value)}
          error={fields.outcome}
          required
          autosize
          minRows={3}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending} disabled={!status}>
            {t('advocacy.close')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

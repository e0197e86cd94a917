import {
  ServiceCategories,
  UnmetNeedReasons,
  type ServiceCategory,
  type UnmetNeedReason,
  type UnmetNeedView,
} from '@careloop/core';
import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { useRecordUnmetNeed } from './advocacy-queries.js';

export interface UnmetNeedDialogProps {
  clientId: string;
  /** Preset from where the need was found (e.g. a referral's category). */
  category?: ServiceCategory;
  /** The directory service that was full or that the client was not eligible for. */
  serviceId?: string;
  /** A referral that ended without the service (rejected, failed). */
  referralId?: string;
  opened: boolean;
  onClose: () => void;
  onSaved?: (need: UnmetNeedView) => void;
}

/** Record that nothing fitted: category, why, a note. Used from the chart and from the referral dialog. */
export function UnmetNeedDialog(props: UnmetNeedDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('unmetNeeds.dialogTitle')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <UnmetNeedForm {...props} />
    </Modal>
  );
}

function UnmetNeedForm({ clientId, category: preset, serviceId, referralId, onClose, onSaved }: UnmetNeedDialogProps) {
  const { t } = useTranslation();
  const [category, setCategory] = useState<string | null>(preset ?? null);
  const [reason, setReason] = useState<string | null>(serviceId ? 'full' : null);
  const [note, setNote] = useState('');
  const record = useRecordUnmetNeed(clientId);
  const fields = fieldsOf(record.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate(
      {
        // Unchosen values go as they are: the server names the missing field.
        category: (category ?? '') as ServiceCategory,
        reason: (reason ?? '') as UnmetNeedReason,
        note: note.trim() ? note : null,
        serviceId: serviceId ?? null,
        referralId: referralId ?? null,
      },
      {
        onSuccess: (need) => {
          notify(t('unmetNeeds.saved'));
          onSaved?.(need);
          onClose();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ApiErrorAlert error={record.error} />
        <Select
          label={t('unmetNeeds.category')}
          data={ServiceCategories.map((c) => ({ value: c, label: t(`carePlan.categories.${c}`) }))}
          value={category}
          onChange={setCategory}
          error={fields.category}
          required
          allowDeselect={false}
          searchable
        />
        <Select
          label={t('unmetNeeds.reason')}
          data={UnmetNeedReasons.map((r) => ({ value: r, label: t(`unmetNeeds.reasons.${r}`) }))}
          value={reason}
          onChange={setReason}
          error={fields.reason}
          required
          allowDeselect={false}
        />
        <Textarea
          label={t('unmetNeeds.note')}
          description={t('unmetNeeds.noteHint')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fields.note ?? fields.serviceId}
          autosize
          minRows={2}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('unmetNeeds.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

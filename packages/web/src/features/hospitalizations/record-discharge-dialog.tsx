import type { HospitalizationView } from '@careloop/core';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { useUpdateHospitalization } from './hospitalization-queries.js';

interface Props {
  stay: HospitalizationView | null;
  onClose: () => void;
}

/** The discharge date of a stay recorded while the client was in. */
export function RecordDischargeDialog({ stay, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={stay !== null}
      onClose={onClose}
      title={stay ? t('hospital.dischargeTitle', { facility: stay.facility }) : ''}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      {stay && <DischargeForm stay={stay} onClose={onClose} />}
    </Modal>
  );
}

function DischargeForm({ stay, onClose }: { stay: HospitalizationView; onClose: () => void }) {
  const { t } = useTranslation();
  const [dischargedOn, setDischargedOn] = useState('');
  const update = useUpdateHospitalization(stay.clientId);
  const fields = fieldsOf(update.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate(
      { id: stay.id, body: { version: stay.version, dischargedOn } },
      {
        onSuccess: () => {
          notify(t('hospital.discharged'));
          onClose();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ApiErrorAlert error={update.error} />
        <TextInput
          type="date"
          label={t('hospital.dischargedOn')}
          value={dischargedOn}
          onChange={(e) => setDischargedOn(e.currentTarget.value)}
          error={fields.dischargedOn}
          required
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('hospital.discharge')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

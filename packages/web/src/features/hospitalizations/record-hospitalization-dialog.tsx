import {
  HospitalizationTypes,
  PrincipalDiagnosisCategories,
  type HospitalizationType,
  type PrincipalDiagnosisCategory,
} from '@careloop/core';
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { useRecordHospitalization } from './hospitalization-queries.js';

export interface RecordHospitalizationDialogProps {
  clientId: string;
  /** The crisis event the admission followed (the crisis form opens this dialog with it). */
  crisisEventId?: string;
  defaultAdmittedOn?: string;
  opened: boolean;
  onClose: () => void;
}

/** Record an admission or ED visit (with its discharge when already known). */
export function RecordHospitalizationDialog(props: RecordHospitalizationDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('hospital.recordTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <RecordForm {...props} />
    </Modal>
  );
}

function RecordForm({ clientId, crisisEventId, defaultAdmittedOn, onClose }: RecordHospitalizationDialogProps) {
  const { t } = useTranslation();
  const [type, setType] = useState<string | null>(null);
  const [facility, setFacility] = useState('');
  const [admittedOn, setAdmittedOn] = useState(defaultAdmittedOn ?? '');
  const [dischargedOn, setDischargedOn] = useState('');
  const [dx, setDx] = useState<string | null>(null);
  const record = useRecordHospitalization(clientId);
  const fields = fieldsOf(record.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate(
      {
        type: (type ?? '') as HospitalizationType,
        facility,
        admittedOn,
        dischargedOn: dischargedOn || null,
        principalDiagnosisCategory: (dx ?? '') as PrincipalDiagnosisCategory,
        crisisEventId: crisisEventId ?? null,
      },
      {
        onSuccess: () => {
          notify(t('hospital.saved'));
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
          label={t('hospital.type')}
          data={HospitalizationTypes.map((k) => ({ value: k, label: t(`hospital.types.${k}`) }))}
          value={type}
          onChange={setType}
          error={fields.type}
          required
          allowDeselect={false}
        />
        <TextInput
          label={t('hospital.facility')}
          value={facility}
          onChange={(e) => setFacility(e.currentTarget.value)}
          error={fields.facility}
          required
        />
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('hospital.admittedOn')}
            value={admittedOn}
            onChange={(e) => setAdmittedOn(e.currentTarget.value)}
            error={fields.admittedOn}
            required
          />
          <TextInput
            type="date"
            label={t('hospital.dischargedOn')}
            description={t('hospital.dischargedOnHint')}
            value={dischargedOn}
            onChange={(e) => setDischargedOn(e.currentTarget.value)}
            error={fields.dischargedOn}
          />
        </Group>
        <Select
          label={t('hospital.dx')}
          data={PrincipalDiagnosisCategories.map((k) => ({ value: k, label: t(`hospital.dxs.${k}`) }))}
          value={dx}
          onChange={setDx}
          error={fields.principalDiagnosisCategory}
          required
          allowDeselect={false}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('hospital.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { CrisisActions, CrisisDispositions, CrisisRiskLevels, CrisisTriggers } from '@careloop/core';
import {
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { useSession } from '../../lib/session.js';
import { toWallTime } from '../../lib/wall-time.js';
import { careStaffOptions, useStaff } from '../episodes/care-queries.js';
import { crisisBody, emptyCrisisForm, toActions, toTriggers, type CrisisForm } from './crisis-model.js';
import { useRecordCrisis } from './crisis-queries.js';

interface Props {
  clientId: string;
  opened: boolean;
  onClose: () => void;
}

/** Record a crisis: when, what set it off, what was done, where the person ended up, who responded. */
export function RecordCrisisModal(props: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('crisis.record')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <RecordCrisisForm {...props} />
    </Modal>
  );
}

function RecordCrisisForm({ clientId, onClose }: Props) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const [form, setForm] = useState<CrisisForm>(() => emptyCrisisForm(toWallTime(Date.now(), timeZone), me?.id ?? ''));
  const staff = useStaff();
  const record = useRecordCrisis(clientId);
  const fields = fieldsOf(record.error);
  const set = (patch: Partial<CrisisForm>) => setForm({ ...form, ...patch });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate(crisisBody(form, timeZone), {
      onSuccess: () => {
        notify(t('crisis.recorded'));
        onClose();
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ApiErrorAlert error={record.error} />
        <TextInput
          label={t('crisis.occurredAt')}
          type="datetime-local"
          value={form.occurredAt}
          onChange={(e) => set({ occurredAt: e.currentTarget.value })}
          error={fields.occurredAt}
          required
        />
        <Checkbox.Group
          label={t('crisis.triggers')}
          value={form.triggers}
          onChange={(v) => set({ triggers: toTriggers(v) })}
          error={fields.triggers}
          withAsterisk
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
            {CrisisTriggers.map((v) => (
              <Checkbox key={v} value={v} label={t(`crisis.triggerLabels.${v}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Select
          label={t('crisis.riskObserved')}
          data={CrisisRiskLevels.map((v) => ({ value: v, label: t(`crisis.riskLabels.${v}`) }))}
          value={form.riskObserved}
          onChange={(v) => set({ riskObserved: v })}
          clearable
        />
        <Checkbox.Group
          label={t('crisis.actions')}
          value={form.actions}
          onChange={(v) => set({ actions: toActions(v) })}
          error={fields.actions}
          withAsterisk
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
            {CrisisActions.map((v) => (
              <Checkbox key={v} value={v} label={t(`crisis.actionLabels.${v}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Select
          label={t('crisis.disposition')}
          data={CrisisDispositions.map((v) => ({ value: v, label: t(`crisis.dispositionLabels.${v}`) }))}
          value={form.disposition}
          onChange={(v) => set({ disposition: v })}
          error={fields.disposition}
          required
          allowDeselect={false}
        />
        <MultiSelect
          label={t('crisis.responders')}
          data={careStaffOptions(staff.data?.items ?? [])}
          value={form.respondedByIds}
          onChange={(respondedByIds) => set({ respondedByIds })}
          error={fields.respondedByIds}
          searchable
        />
        <Group grow align="flex-start">
          <TextInput
            label={t('crisis.otherResponders')}
            description={t('crisis.otherRespondersHint')}
            value={form.otherResponders}
            onChange={(e) => set({ otherResponders: e.currentTarget.value })}
          />
          <TextInput
            label={t('crisis.location')}
            value={form.location}
            onChange={(e) => set({ location: e.currentTarget.value })}
          />
        </Group>
        <Textarea
          label={t('crisis.summary')}
          value={form.summary}
          onChange={(e) => set({ summary: e.currentTarget.value })}
          error={fields.summary}
          required
          autosize
          minRows={3}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('crisis.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

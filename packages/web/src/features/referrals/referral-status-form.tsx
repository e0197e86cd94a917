import { endpoints, type ReferralView } from '@careloop/core';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { ApiError } from '../../lib/api.js';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import {
  EMPTY_STATUS_FORM,
  statusBodyOf,
  statusChoices,
  statusFields,
  statusFormErrors,
  type StatusFormState,
} from './referral-model.js';
import { useRefreshReferrals } from './referral-queries.js';

/** The allowed next statuses only; the reason is required exactly where the model says so. */
export function ReferralStatusForm({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation();
  const refresh = useRefreshReferrals();
  const [form, setForm] = useState<StatusFormState>(EMPTY_STATUS_FORM);
  const [showErrors, setShowErrors] = useState(false);
  const choices = statusChoices(referral.status);
  const save = useMutation({
    mutationFn: () => {
      const body = statusBodyOf(form, referral.version);
      if (!body) throw new Error('no status');
      return call(endpoints.referrals.setStatus, { params: { id: referral.id }, body });
    },
    onSuccess: () => {
      notify(t('referrals.statusForm.saved'));
      setForm(EMPTY_STATUS_FORM);
      setShowErrors(false);
    },
    onSettled: () => refresh(),
  });
  if (!choices.length) return null;
  const local = statusFormErrors(form, referral.version);
  const errors = { ...(showErrors ? local : {}), ...fieldsOf(save.error) };
  const fields = form.status ? statusFields(form.status) : null;
  const conflict =
    save.error instanceof ApiError && save.error.status === 409 && save.error.code === 'version_conflict';
  const change = (patch: Partial<StatusFormState>) => setForm((f) => ({ ...f, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setShowErrors(true);
    if (!Object.keys(local).length) save.mutate();
  };
  return (
    <form noValidate onSubmit={submit} aria-labelledby={`status-form-${referral.id}`}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={`status-form-${referral.id}`}>
          {t('referrals.statusForm.title')}
        </Title>
        {conflict ? (
          <Alert color="orange" role="alert">
            {t('referrals.statusForm.conflict')}
          </Alert>
        ) : (
          !Object.keys(fieldsOf(save.error)).length && <ApiErrorAlert error={save.error} />
        )}
        <Select
          label={t('referrals.statusForm.newStatus')}
          required
          allowDeselect={false}
          data={choices.map((s) => ({ value: s, label: t(`referrals.statuses.${s}`) }))}
          value={form.status}
          onChange={(v) => change({ status: choices.find((s) => s === v) ?? null })}
          error={errors.status}
        />
        {fields && (
          <>
            <Textarea
              label={t('referrals.statusForm.reason')}
              description={fields.reason === 'required' ? t('referrals.statusForm.reasonRequired') : undefined}
              required={fields.reason === 'required'}
              autosize
              minRows={2}
              value={form.reason}
              onChange={(e) => change({ reason: e.currentTarget.value })}
              error={errors.reason}
            />
            {fields.appointmentDate && (
              <TextInput
                type="date"
                label={t('referrals.statusForm.appointmentDate')}
                value={form.appointmentDate}
                onChange={(e) => change({ appointmentDate: e.currentTarget.value })}
                error={errors.appointmentDate}
              />
            )}
            {fields.waitlistPosition && (
              <NumberInput
                label={t('referrals.statusForm.waitlistPosition')}
                min={1}
                allowDecimal={false}
                value={form.waitlistPosition}
                onChange={(v) => change({ waitlistPosition: typeof v === 'number' ? v : '' })}
                error={errors.waitlistPosition}
              />
            )}
            {fields.serviceProvided && (
              <Textarea
                label={t('referrals.statusForm.serviceProvided')}
                autosize
                minRows={2}
                value={form.serviceProvided}
                onChange={(e) => change({ serviceProvided: e.currentTarget.value })}
                error={errors.serviceProvided}
              />
            )}
            {fields.onBehalf === 'choice' && (
              <Checkbox
                label={t('referrals.statusForm.onBehalf')}
                checked={form.onBehalfOfProvider}
                onChange={(e) => change({ onBehalfOfProvider: e.currentTarget.checked })}
              />
            )}
            {fields.onBehalf === 'implied' && (
              <Text size="sm" c="gray.7">
                {t('referrals.statusForm.onBehalfImplied')}
              </Text>
            )}
          </>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('referrals.statusForm.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

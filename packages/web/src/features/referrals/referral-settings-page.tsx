import { endpoints, referralSettings, type EndpointOutput } from '@careloop/core';
import { Alert, Button, Center, Group, Loader, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { ApiError } from '../../lib/api.js';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { settingsKey, useReferralSettings } from './referral-queries.js';

type Settings = EndpointOutput<typeof endpoints.referrals.settings>;
const FIELDS = ['requestedFollowUpDays', 'acceptedFollowUpDays', 'checkInAfterDays', 'partnerLinkDays'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, number | ''>;

/** The agency's monitoring limits (admins and supervisors). */
export function ReferralSettingsPage() {
  const { t } = useTranslation();
  const settings = useReferralSettings();
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{t('referrals.settings.title')}</Title>
      <Text>{t('referrals.settings.intro')}</Text>
      <ApiErrorAlert error={settings.error} />
      {settings.isLoading && (
        <Center>
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {settings.data && <SettingsForm key={settings.data.version} settings={settings.data} />}
    </Stack>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(() => {
    const { version: _version, ...rest } = settings;
    return rest;
  });
  const [showErrors, setShowErrors] = useState(false);
  const parsed = referralSettings.safeParse(values);
  // Bounds come from the core schema; the words are ours (zod's own are technical).
  const local = parsed.success
    ? {}
    : Object.fromEntries(
        parsed.error.issues.map((i) => [
          String(i.path[0]),
          i.code === 'too_small'
            ? t('referrals.settings.atLeast', { n: i.minimum })
            : i.code === 'too_big'
              ? t('referrals.settings.atMost', { n: i.maximum })
              : t('referrals.settings.wholeNumber'),
        ]),
      );
  const save = useMutation({
    mutationFn: () => {
      if (!parsed.success) throw new Error('invalid');
      return call(endpoints.referrals.saveSettings, { body: { ...parsed.data, version: settings.version } });
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKey, saved);
      notify(t('referrals.settings.saved'));
    },
  });
  const conflict = save.error instanceof ApiError && save.error.code === 'version_conflict';
  const errors: Record<string, string> = { ...(showErrors ? local : {}), ...fieldsOf(save.error) };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setShowErrors(true);
    if (parsed.success) save.mutate();
  };
  return (
    <Paper withBorder p="md">
      <form noValidate onSubmit={submit}>
        <Stack>
          {conflict && (
            <Alert color="orange" role="alert">
              {t('referrals.statusForm.conflict')}
            </Alert>
          )}
          {!conflict && !Object.keys(fieldsOf(save.error)).length && <ApiErrorAlert error={save.error} />}
          {FIELDS.map((f) => (
            <NumberInput
              key={f}
              label={t(`referrals.settings.${f}`)}
              required
              min={f === 'checkInAfterDays' ? 0 : 1}
              allowDecimal={false}
              clampBehavior="none"
              value={values[f]}
              onChange={(v) => setValues((prev) => ({ ...prev, [f]: typeof v === 'number' ? v : '' }))}
              error={errors[f]}
            />
          ))}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('app.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

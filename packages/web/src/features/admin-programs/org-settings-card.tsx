import { endpoints, ROLE_LIST, type OrgSettingsView, type Role, type UpdateOrgSettingsBody } from '@careloop/core';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Loader,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.js';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { HolidayList } from './holiday-list.js';

const KEY = ['organization-settings'];

type Values = Required<Omit<UpdateOrgSettingsBody, 'version'>> & { crisisLineName: string; crisisLinePhone: string };

const valuesOf = (s: OrgSettingsView): Values => ({
  timeZone: s.timeZone,
  holidays: s.holidays,
  crisisLineName: s.crisisLineName ?? '',
  crisisLinePhone: s.crisisLinePhone ?? '',
  publicIntakeEnabled: s.publicIntakeEnabled,
  noteFormat: s.noteFormat,
  mfaRequiredRoles: s.mfaRequiredRoles,
});

function SettingsForm({ settings }: { settings: OrgSettingsView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(() => valuesOf(settings));
  const [version, setVersion] = useState(settings.version);
  const [conflict, setConflict] = useState(false);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((prev) => ({ ...prev, [key]: value }));

  const save = useMutation({
    mutationFn: () => call(endpoints.organizations.updateSettings, { body: { ...values, version } }),
    onSuccess: (saved) => {
      queryClient.setQueryData(KEY, saved);
      setVersion(saved.version);
      setValues(valuesOf(saved));
      notify(t('programsAdmin.settingsSaved'));
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'version_conflict') {
        const current = err.details.current as OrgSettingsView | undefined;
        setConflict(true);
        if (current) setVersion(current.version);
      }
    },
  });
  const fields = fieldsOf(save.error);
  const holidayError = Object.entries(fields).find(([k]) => k.startsWith('holidays'))?.[1];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setConflict(false);
    save.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {conflict && (
          <Alert color="orange" role="alert">
            {t('programsAdmin.settingsConflict')}
          </Alert>
        )}
        {save.error && !conflict && Object.keys(fields).length === 0 && <ApiErrorAlert error={save.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('programsAdmin.timeZone')}
            description={t('programsAdmin.timeZoneHint')}
            value={values.timeZone}
            onChange={(e) => set('timeZone', e.currentTarget.value)}
            required
            error={fields.timeZone}
          />
          <Switch
            mt="lg"
            label={t('programsAdmin.publicIntake')}
            checked={values.publicIntakeEnabled}
            onChange={(e) => set('publicIntakeEnabled', e.currentTarget.checked)}
          />
          <TextInput
            label={t('programsAdmin.crisisLineName')}
            description={t('programsAdmin.crisisHint')}
            value={values.crisisLineName}
            onChange={(e) => set('crisisLineName', e.currentTarget.value)}
            maxLength={120}
            error={fields.crisisLineName}
          />
          <TextInput
            label={t('programsAdmin.crisisLinePhone')}
            description={t('programsAdmin.crisisHint')}
            type="tel"
            value={values.crisisLinePhone}
            onChange={(e) => set('crisisLinePhone', e.currentTarget.value)}
            maxLength={40}
            error={fields.crisisLinePhone}
          />
        </SimpleGrid>
        <Radio.Group
          label={t('programsAdmin.noteFormat')}
          description={t('programsAdmin.noteFormatHint')}
          value={values.noteFormat}
          onChange={(v) => set('noteFormat', v === 'soap' ? 'soap' : 'dap')}
        >
          <Group mt="xs">
            <Radio value="dap" label={t('programsAdmin.noteFormatDap')} />
            <Radio value="soap" label={t('programsAdmin.noteFormatSoap')} />
          </Group>
        </Radio.Group>
        <Checkbox.Group
          label={t('programsAdmin.mfaRoles')}
          description={t('programsAdmin.mfaRolesHint')}
          value={values.mfaRequiredRoles}
          onChange={(v) =>
            set(
              'mfaRequiredRoles',
              ROLE_LIST.filter((r: Role) => v.includes(r)),
            )
          }
        >
          <Group mt="xs">
            {ROLE_LIST.map((r) => (
              <Checkbox key={r} value={r} label={t(`roles.${r}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <HolidayList holidays={values.holidays} onChange={(h) => set('holidays', h)} error={holidayError} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('programsAdmin.saveSettings')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The agency's business calendar and the crisis line shown on the public page. */
export function OrgSettingsCard() {
  const { t } = useTranslation();
  const settings = useQuery({ queryKey: KEY, queryFn: () => call(endpoints.organizations.settings) });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="org-settings-title">
      <Title order={2} mb="sm" id="org-settings-title">
        {t('programsAdmin.settingsTitle')}
      </Title>
      <ApiErrorAlert error={settings.error} />
      {settings.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {/* A new version (saved here or refetched) re-seeds the form. */}
      {settings.data && <SettingsForm key={settings.data.version} settings={settings.data} />}
    </Paper>
  );
}

import { crisisSettings, endpoints, hospitalizationSettings, transitionSettings } from '@careloop/core';
import { Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { call } from '../../lib/endpoint-api.js';
import { SettingsCard } from './settings-card.js';

const crisisKey = ['settings', 'crisis'];
const hospitalKey = ['settings', 'hospitalization'];
const transitionKey = ['settings', 'transition'];

/**
 * The agency's clocks after a crisis, a discharge and a change of team (admins and supervisors):
 * each group is its own row with its own version, so saving one never overwrites another.
 */
export function CrisisSettingsPage() {
  const { t } = useTranslation();
  const crisis = useQuery({ queryKey: crisisKey, queryFn: () => call(endpoints.crisis.settings, {}) });
  const hospital = useQuery({ queryKey: hospitalKey, queryFn: () => call(endpoints.hospitalizations.settings, {}) });
  const transition = useQuery({ queryKey: transitionKey, queryFn: () => call(endpoints.transitions.settings, {}) });
  const loading = crisis.isLoading || hospital.isLoading || transition.isLoading;
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{t('crisisSettings.title')}</Title>
      <Text>{t('crisisSettings.intro')}</Text>
      <ApiErrorAlert error={crisis.error ?? hospital.error ?? transition.error} />
      {loading && (
        <Center>
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {crisis.data && (
        <SettingsCard
          key={`c${crisis.data.version}`}
          id="settings-crisis"
          title={t('crisisSettings.crisisTitle')}
          fields={[{ name: 'followUpHours', label: t('crisisSettings.followUpHours') }]}
          settings={crisis.data}
          schema={crisisSettings}
          queryKey={crisisKey}
          save={(v, version) => call(endpoints.crisis.saveSettings, { body: { ...v, version } })}
        />
      )}
      {hospital.data && (
        <SettingsCard
          key={`h${hospital.data.version}`}
          id="settings-hospital"
          title={t('crisisSettings.hospitalTitle')}
          fields={[
            {
              name: 'dischargeContactHours',
              label: t('crisisSettings.dischargeContactHours'),
              description: t('crisisSettings.dischargeContactHint'),
            },
          ]}
          settings={hospital.data}
          schema={hospitalizationSettings}
          queryKey={hospitalKey}
          save={(v, version) => call(endpoints.hospitalizations.saveSettings, { body: { ...v, version } })}
        />
      )}
      {transition.data && (
        <SettingsCard
          key={`t${transition.data.version}`}
          id="settings-transition"
          title={t('crisisSettings.transitionTitle')}
          fields={[
            { name: 'postTransitionDays', label: t('crisisSettings.postTransitionDays') },
            { name: 'checkInIntervalDays', label: t('crisisSettings.checkInIntervalDays') },
          ]}
          settings={transition.data}
          schema={transitionSettings}
          queryKey={transitionKey}
          save={(v, version) => call(endpoints.transitions.saveSettings, { body: { ...v, version } })}
        />
      )}
    </Stack>
  );
}

import { endpoints, type ClientView } from '@careloop/core';
import { Alert, Anchor, Button, Center, Group, Loader, SimpleGrid, Tabs, Text } from '@mantine/core';
import { notify } from '../../components/notify.js';
import { useMutation } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../lib/api.js';
import { call } from '../../lib/endpoint-api.js';
import { formatDate } from '../../lib/format-date.js';
import { languageName } from '../../lib/language-name.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { ClientBanner } from './client-banner.js';
import { EpisodesPanel } from '../episodes/episodes-panel.js';
import { RiskNeedsPanel } from '../risk/risk-needs-panel.js';
import { ContactsPanel } from '../contacts/contacts-panel.js';
import { TimelinePanel } from '../timeline/timeline-panel.js';
import { ClientTasksPanel } from '../tasks/client-tasks-panel.js';
import { ClientReferralsPanel } from '../referrals/client-referrals-panel.js';
import { AssessmentsPanel, CarePlanPanel } from './chart-lazy-panels.js';
import { AdvocacyPanel } from '../advocacy/advocacy-panel.js';
import { SafetyPlanPanel } from '../safety-plan/safety-plan-panel.js';
import { HospitalizationsPanel } from '../hospitalizations/hospitalizations-panel.js';
import { CrisisSection } from '../crisis/crisis-section.js';
import { SupportNetwork } from './support-network.js';
import { isMerged, useClient } from './use-client.js';

function Detail({ label, value }: { label: string; value: string | null | undefined }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="xs" c="gray.7" component="div">
        {label}
      </Text>
      <Text size="sm">{value || t('app.none')}</Text>
    </div>
  );
}

function Overview({ client }: { client: ClientView }) {
  const { t } = useTranslation();
  const check = useMutation({
    mutationFn: () => call(endpoints.clients.duplicates, { params: { id: client.id } }),
    onSuccess: (r) => notify(r.candidates.length ? t('client.duplicatesQueued') : t('client.noDuplicates')),
  });
  const a = client.homeAddress;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mb="md">
        <Detail label={t('client.dateOfBirth')} value={formatDate(client.dateOfBirth)} />
        <Detail
          label={t('client.genderIdentity')}
          value={client.genderIdentity && t(`client.options.gender.${client.genderIdentity}`)}
        />
        <Detail label={t('client.preferredLanguage')} value={languageName(client.preferredLanguage)} />
        <Detail label={t('client.phone')} value={client.phones.map((p) => p.number).join(', ')} />
        <Detail label={t('client.email')} value={client.email} />
        <Detail label={t('client.address')} value={a && `${a.line1}, ${a.city}, ${a.state} ${a.postalCode}`} />
        <Detail
          label={t('client.housingStatus')}
          value={client.housingStatus && t(`client.options.housing.${client.housingStatus}`)}
        />
        <Detail
          label={t('client.veteranStatus')}
          value={client.veteranStatus && t(`client.options.veteran.${client.veteranStatus}`)}
        />
        <Detail label={t('client.medicaidId')} value={client.identifiers.find((i) => i.type === 'medicaid')?.value} />
      </SimpleGrid>
      <Group>
        <Button component={Link} to={`/clients/${client.id}/edit`}>
          {t('app.edit')}
        </Button>
        <Button variant="default" onClick={() => check.mutate()} loading={check.isPending}>
          {t('client.checkDuplicates')}
        </Button>
      </Group>
      <ApiErrorAlert error={check.error} />
    </>
  );
}

export function ClientChartPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  // Links from work queues open the tab they are about (e.g. ?tab=plan).
  const [searchParams] = useSearchParams();
  const tab = searchParams.get('tab') ?? 'overview';
  const client = useClient(id);
  if (client.isLoading) {
    return (
      <Center>
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (client.error instanceof ApiError && client.error.status === 403) {
    return (
      <Alert color="orange" role="alert" title={t('chart.forbiddenTitle')}>
        {t('chart.forbidden')}
      </Alert>
    );
  }
  if (client.error) return <ApiErrorAlert error={client.error} />;
  const data = client.data;
  if (isMerged(data)) {
    return (
      <Alert color="blue" title={t('client.merged')}>
        <Anchor component={Link} to={`/clients/${data.mergedIntoId}`}>
          {t('client.goToSurvivor')}
        </Anchor>
      </Alert>
    );
  }
  if (!data) return null;
  return (
    <>
      <ClientBanner client={data} />
      {/* Keyed by the asked-for tab: a notification opened while on this chart still switches tabs. */}
      <Tabs key={tab} defaultValue={tab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview">{t('client.tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="episodes">{t('client.tabs.episodes')}</Tabs.Tab>
          <Tabs.Tab value="risk">{t('risk.panelTitle')}</Tabs.Tab>
          <Tabs.Tab value="safety-plan">{t('safetyPlan.tab')}</Tabs.Tab>
          <Tabs.Tab value="network">{t('client.tabs.network')}</Tabs.Tab>
          <Tabs.Tab value="assessments">{t('client.tabs.assessments')}</Tabs.Tab>
          <Tabs.Tab value="plan">{t('client.tabs.plan')}</Tabs.Tab>
          <Tabs.Tab value="contacts">{t('client.tabs.contacts')}</Tabs.Tab>
          <Tabs.Tab value="tasks">{t('tasks.title')}</Tabs.Tab>
          <Tabs.Tab value="timeline">{t('timeline.title')}</Tabs.Tab>
          <Tabs.Tab value="referrals">{t('client.tabs.referrals')}</Tabs.Tab>
          <Tabs.Tab value="advocacy">{t('advocacy.tab')}</Tabs.Tab>
          <Tabs.Tab value="crises">{t('crisis.tab')}</Tabs.Tab>
          <Tabs.Tab value="hospital">{t('hospital.tab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <Overview client={data} />
        </Tabs.Panel>
        <Tabs.Panel value="episodes" pt="md">
          <EpisodesPanel clientId={data.id} />
        </Tabs.Panel>
        <Tabs.Panel value="risk" pt="md">
          <RiskNeedsPanel clientId={data.id} />
        </Tabs.Panel>
        <Tabs.Panel value="safety-plan" pt="md">
          <SafetyPlanPanel clientId={data.id} />
        </Tabs.Panel>
        <Tabs.Panel value="network" pt="md">
          <SupportNetwork clientId={data.id} />
        </Tabs.Panel>
        <Tabs.Panel value="assessments" pt="md">
          <Suspense fallback={<PageLoader />}>
            <AssessmentsPanel clientId={data.id} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="plan" pt="md">
          <Suspense fallback={<PageLoader />}>
            <CarePlanPanel clientId={data.id} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="contacts" pt="md">
          <ContactsPanel clientId={data.id} />
        </Tabs.Panel>
        <Tabs.Panel value="tasks" pt="md">
          <ClientTasksPanel clientId={data.id} />
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="md">
          <TimelinePanel clientId={data.id} />
        </Tabs.Panel>
        <Tabs.Panel value="referrals" pt="md">
          <ClientReferralsPanel clientId={data.id} />
        </Tabs.Panel>
        <Tabs.Panel value="advocacy" pt="md">
          <AdvocacyPanel clientId={data.id} />
        </Tabs.Panel>
        <Tabs.Panel value="crises" pt="md">
          <CrisisSection clientId={data.id} />
        </Tabs.Panel>
        <Tabs.Panel value="hospital" pt="md">
          <HospitalizationsPanel clientId={data.id} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

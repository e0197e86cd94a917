import type { CrisisView } from '@careloop/core';
import { Alert, Badge, Button, Card, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { formatDate } from '../../lib/format-date.js';
import { SafetyPlanReadOnly } from '../safety-plan/safety-plan-view.js';
import { useCrisisView } from './on-call-queries.js';

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} id={id} size="h4" mb="xs">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function CrisisViewBody({ view }: { view: CrisisView }) {
  const { t } = useTranslation();
  const c = view.client;
  const none = <Text size="sm">{t('crisisView.none')}</Text>;
  return (
    <Stack>
      <Card withBorder aria-label={t('crisisView.title')}>
        <Title order={2} size="h3">
          {c.lastName}, {c.firstName}
        </Title>
        <Group gap="md">
          {c.preferredName && <Text size="sm">{t('crisisView.preferred', { name: c.preferredName })}</Text>}
          {c.pronouns && <Text size="sm">{t('crisisView.pronouns', { pronouns: c.pronouns })}</Text>}
          <Text size="sm">
            {formatDate(c.dateOfBirth)} · {t('crisisView.age', { age: c.age })}
          </Text>
          <Text size="sm">{t('crisisView.mrn', { mrn: c.mrn })}</Text>
        </Group>
        {c.phones.length > 0 && (
          <Text size="sm">
            {t('crisisView.phones')}: {c.phones.map((p) => p.number).join(', ')}
          </Text>
        )}
        <Text size="xs" c="gray.7" mt="xs">
          {t(`crisisView.basis.${view.accessBasis}`)}
        </Text>
      </Card>
      <Section id="cv-alerts" title={t('crisisView.alerts')}>
        {view.alerts.length === 0 ? (
          <Text size="sm">{t('crisisView.noAlerts')}</Text>
        ) : (
          <Group gap="xs">
            {view.alerts.map((a) => (
              <Badge key={a.kind} color="red.9" tt="none">
                {t(`risk.flagKinds.${a.kind}`, { defaultValue: a.kind })}
              </Badge>
            ))}
          </Group>
        )}
        <Text size="sm" mt="xs">
          {t('crisisView.riskTier')}:{' '}
          {view.riskTier
            ? t(`risk.tiers.${view.riskTier}`, { defaultValue: view.riskTier })
            : t('crisisView.notAssessed')}
        </Text>
      </Section>
      <Section id="cv-safety-plan" title={t('crisisView.safetyPlan')}>
        {view.safetyPlan ? (
          <Stack gap="xs">
            <Text size="sm">
              {t(`safetyPlan.status.${view.safetyPlan.status}`)}
              {view.safetyPlan.signedAt && ` · ${formatDate(view.safetyPlan.signedAt)}`}
            </Text>
            <SafetyPlanReadOnly plan={view.safetyPlan} />
          </Stack>
        ) : (
          <Text size="sm">{t('crisisView.noSafetyPlan')}</Text>
        )}
      </Section>
      <Section id="cv-crises" title={t('crisisView.recentCrises')}>
        {view.recentCrises.length === 0 ? (
          <Text size="sm">{t('crisisView.noCrises')}</Text>
        ) : (
          <List size="sm">
            {view.recentCrises.map((c) => (
              <List.Item key={c.id}>
                {formatDate(c.occurredAt)} · {t(`crisis.dispositions.${c.disposition}`)}
                {c.status === 'open' && ` · ${t('crisisView.crisisOpen')}`} — {c.summary}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <Section id="cv-programs" title={t('crisisView.programs')}>
        {view.programs.length === 0 ? (
          none
        ) : (
          <List size="sm">
            {view.programs.map((p) => (
              <List.Item key={p.id}>
                {p.name} · {t(`care.stages.${p.stage}`, { defaultValue: p.stage })}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <Section id="cv-team" title={t('crisisView.careTeam')}>
        {view.careTeam.length === 0 ? (
          none
        ) : (
          <List size="sm">
            {view.careTeam.map((m, i) => (
              <List.Item key={`${m.name}-${i}`}>
                {m.name} · {t(`care.teamRoles.${m.role}`, { defaultValue: m.role })} ·{' '}
                {m.phone ?? t('crisisView.noPhone')}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <Section id="cv-support" title={t('crisisView.supportContacts')}>
        {view.supportContacts.length === 0 ? (
          none
        ) : (
          <List size="sm">
            {view.supportContacts.map((s, i) => (
              <List.Item key={`${s.name}-${i}`}>
                {s.name} · {t(`network.relationships.${s.relationship}`, { defaultValue: s.relationship })} ·{' '}
                {s.phone ?? t('crisisView.noPhone')}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
    </Stack>
  );
}

/**
 * The on-call look at a chart: the purpose first (sent in the body, never in the URL: it is free
 * text), then only the crisis-relevant part. Each showing is its own audited access.
 */
export function CrisisViewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const view = useCrisisView(id);
  const [purpose, setPurpose] = useState('');
  const fields = fieldsOf(view.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    view.mutate({ purpose });
  };
  return (
    <Stack>
      <Title order={1}>{t('crisisView.title')}</Title>
      {view.data ? (
        <>
          <Group>
            <Button
              variant="default"
              onClick={() => {
                view.reset();
                setPurpose('');
              }}
            >
              {t('crisisView.again')}
            </Button>
          </Group>
          <CrisisViewBody view={view.data} />
        </>
      ) : (
        <Card withBorder maw={640}>
          <form onSubmit={submit} noValidate aria-labelledby="purpose-title">
            <Stack gap="sm">
              <Title order={2} id="purpose-title" size="h4">
                {t('crisisView.purposeTitle')}
              </Title>
              <Alert color="blue" variant="light">
                {t('crisisView.purposeHint')}
              </Alert>
              {!fields.purpose && <ApiErrorAlert error={view.error} />}
              <Textarea
                label={t('crisisView.purpose')}
                value={purpose}
                onChange={(e) => setPurpose(e.currentTarget.value)}
                error={fields.purpose}
                required
                autosize
                minRows={2}
              />
              <Group justify="flex-end">
                <Button type="submit" loading={view.isPending}>
                  {t('crisisView.show')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
      )}
    </Stack>
  );
}

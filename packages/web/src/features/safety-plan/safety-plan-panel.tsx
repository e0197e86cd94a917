import type { ClientSafetyPlans, SafetyPlanView } from '@careloop/core';
import { Badge, Button, Center, Group, Loader, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { SafetyPlanEditor } from './safety-plan-editor.js';
import { printUrl } from './safety-plan-model.js';
import { useReviewSafetyPlan, useReviseSafetyPlan, useSafetyPlans } from './safety-plan-queries.js';
import { SafetyPlanReadOnly } from './safety-plan-view.js';

function ReviewForm({ clientId, plan }: { clientId: string; plan: SafetyPlanView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const review = useReviewSafetyPlan(clientId);
  if (!open) {
    return (
      <Button variant="default" onClick={() => setOpen(true)}>
        {t('safetyPlan.review.button')}
      </Button>
    );
  }
  return (
    <Stack gap="xs" w="100%">
      <Textarea label={t('safetyPlan.review.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
      <ApiErrorAlert error={review.error} />
      <Group>
        <Button
          loading={review.isPending}
          onClick={() =>
            review.mutate(
              { id: plan.id, body: { version: plan.version, note: note.trim() || null } },
              {
                onSuccess: () => {
                  setOpen(false);
                  notify(t('safetyPlan.review.done'));
                },
              },
            )
          }
        >
          {t('safetyPlan.review.submit')}
        </Button>
        <Button variant="subtle" onClick={() => setOpen(false)}>
          {t('app.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

function SignedPlan({ clientId, plans, plan }: { clientId: string; plans: ClientSafetyPlans; plan: SafetyPlanView }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const revise = useReviseSafetyPlan(clientId);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Badge color="teal.9" variant="filled">
              {t('safetyPlan.status.signed')}
            </Badge>
            <Text size="sm">{t('safetyPlan.versionLabel', { n: plan.planNumber })}</Text>
          </Group>
          <Button component="a" href={printUrl(plan.id)} target="_blank" rel="noopener">
            {t('safetyPlan.print')}
          </Button>
        </Group>
        <Text size="sm">
          {t('safetyPlan.signedBy', {
            date: formatDateTime(plan.signedAt, timeZone),
            name: plan.signedByName ?? '',
          })}
          {plan.lastReviewedAt &&
            ` · ${t('safetyPlan.review.last', { date: formatDateTime(plan.lastReviewedAt, timeZone) })}`}
        </Text>
        <SafetyPlanReadOnly plan={plan} />
        <ApiErrorAlert error={revise.error} />
        {!plans.draft && (
          <Group align="flex-start">
            <Button variant="default" loading={revise.isPending} onClick={() => revise.mutate(plan.id)}>
              {t('safetyPlan.newVersion')}
            </Button>
            <ReviewForm clientId={clientId} plan={plan} />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function History({ plans }: { plans: ClientSafetyPlans }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  if (plans.items.length === 0) return null;
  return (
    <section aria-labelledby="sp-history">
      <Title order={3} size="h4" id="sp-history" mb="xs">
        {t('safetyPlan.history')}
      </Title>
      <Table aria-labelledby="sp-history" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('safetyPlan.historyColumns.version')}</Table.Th>
            <Table.Th>{t('safetyPlan.historyColumns.status')}</Table.Th>
            <Table.Th>{t('safetyPlan.historyColumns.created')}</Table.Th>
            <Table.Th>{t('safetyPlan.historyColumns.signed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plans.items.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <a href={printUrl(p.id)} target="_blank" rel="noopener">
                  {t('safetyPlan.versionLabel', { n: p.planNumber })}
                </a>
              </Table.Td>
              <Table.Td>{t(`safetyPlan.status.${p.status}`)}</Table.Td>
              <Table.Td>
                {formatDateTime(p.createdAt, timeZone)} · {p.createdByName}
              </Table.Td>
              <Table.Td>
                {p.signedAt ? `${formatDateTime(p.signedAt, timeZone)} · ${p.signedByName ?? ''}` : t('app.none')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

/** The chart's "Safety plan" tab: the signed plan, the draft being written with the client, the history. */
export function SafetyPlanPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const plans = useSafetyPlans(clientId);
  const [starting, setStarting] = useState(false);
  if (plans.isLoading) {
    return (
      <Center>
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (!plans.data) return <ApiErrorAlert error={plans.error} />;
  const data = plans.data;
  const signed = data.current?.status === 'signed' ? data.current : null;
  const writing = data.draft !== null || (starting && !signed);
  return (
    <Stack gap="lg">
      <div>
        <Title order={2} size="h3">
          {t('safetyPlan.title')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('safetyPlan.intro')}
        </Text>
      </div>
      {!signed && !writing && (
        <Group>
          <Text>{t('safetyPlan.none')}</Text>
          <Button onClick={() => setStarting(true)}>{t('safetyPlan.start')}</Button>
        </Group>
      )}
      {writing && (
        <section aria-labelledby="sp-draft">
          <Group gap="xs" mb="sm">
            <Title order={3} size="h4" id="sp-draft">
              {data.draft
                ? `${t('safetyPlan.status.draft')} · ${t('safetyPlan.versionLabel', { n: data.draft.planNumber })}`
                : t('safetyPlan.start')}
            </Title>
          </Group>
          <SafetyPlanEditor key={data.draft?.id ?? 'new'} clientId={clientId} plans={data} />
        </section>
      )}
      {signed && <SignedPlan clientId={clientId} plans={data} plan={signed} />}
      <History plans={data} />
    </Stack>
  );
}

import type { CarePlanView } from '@careloop/core';
import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldsOf } from '../../lib/field-errors.js';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { PlanReadView } from './plan-read-view.js';
import { PlanStatusBadge } from './plan-status-badge.js';
import { useDecideApproval } from './approval-queries.js';

/**
 * A signed version waiting for the program supervisor: read-only for everyone, with approve or
 * return (with what must change) for supervisors. The server decides who may.
 */
export function PendingPlan({ plan }: { plan: CarePlanView }) {
  const { t } = useTranslation();
  const { me, hasRole } = useSession();
  const titleId = useId();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const decide = useDecideApproval(plan);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const fields = fieldsOf(decide.error);
  const ownSignature = plan.signedById === me?.id;
  const canDecide = hasRole('supervisor') && !ownSignature;

  const submit = (decision: 'approve' | 'return') =>
    decide.mutate(
      { decision, reason: decision === 'return' ? reason.trim() || null : null },
      { onSuccess: () => notify(t(decision === 'approve' ? 'planApproval.approved' : 'planApproval.returned')) },
    );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group gap="xs">
          <Title order={3} id={titleId}>
            {t('planApproval.pendingTitle', { n: plan.versionNumber })}
          </Title>
          <PlanStatusBadge status={plan.status} />
        </Group>
        <Text size="sm">
          {t('carePlan.signedByAt', {
            name: plan.signedByName ?? t('app.none'),
            at: formatDateTime(plan.signedAt, timeZone),
          })}
        </Text>
        <Alert color="blue">{t('planApproval.waiting')}</Alert>
        {decide.error && Object.keys(fields).length === 0 && <ApiErrorAlert error={decide.error} />}
        {canDecide && !returning && (
          <Group>
            <Button onClick={() => submit('approve')} loading={decide.isPending}>
              {t('planApproval.approve')}
            </Button>
            <Button variant="default" onClick={() => setReturning(true)}>
              {t('planApproval.return')}
            </Button>
          </Group>
        )}
        {canDecide && returning && (
          <Stack gap="xs">
            <Textarea
              label={t('planApproval.reason')}
              description={t('planApproval.reasonHint')}
              withAsterisk
              autosize
              minRows={2}
              value={reason}
              error={fields.reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <Group>
              <Button color="orange.9" onClick={() => submit('return')} loading={decide.isPending}>
                {t('planApproval.sendBack')}
              </Button>
              <Button variant="default" onClick={() => setReturning(false)}>
                {t('planApproval.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
        {hasRole('supervisor') && ownSignature && <Text size="sm">{t('planApproval.ownSignature')}</Text>}
        <PlanReadView content={plan.content} audience="staff" order={4} />
      </Stack>
    </Paper>
  );
}

/** Shown above a draft a supervisor sent back: who, when and what must change. */
export function ReturnedNotice({ plan }: { plan: CarePlanView }) {
  const { t } = useTranslation();
  const { me } = useSession();
  if (!plan.returnedAt) return null;
  return (
    <Alert color="orange" title={t('planApproval.returnedTitle')}>
      <Text size="sm">
        {t('planApproval.returnedBy', {
          name: plan.returnedByName ?? t('app.none'),
          at: formatDateTime(plan.returnedAt, me?.organization.timeZone ?? 'UTC'),
        })}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {plan.returnReason}
      </Text>
    </Alert>
  );
}

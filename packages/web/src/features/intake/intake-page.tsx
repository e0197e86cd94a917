import { Alert, Anchor, Center, Loader, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { ClientLinkPanel } from './client-link-panel.js';
import { ClosePanel } from './close-panel.js';
import { DecisionPanel } from './decision-panel.js';
import { EnrolPanel } from './enrol-panel.js';
import { IntakeHeader } from './intake-header.js';
import { IntakePerson } from './intake-person.js';
import { useIntake } from './intake-queries.js';
import { IntakeSafety } from './intake-safety.js';
import { IntakeWorkPanel } from './intake-work-panel.js';

/** The screening workspace: contact, client record, eligibility, enrolment or an outcome. */
export function IntakePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { me } = useSession();
  const tz = me?.organization.timeZone ?? 'UTC';
  const query = useIntake(id);

  if (query.isPending) {
    return (
      <Center p="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (query.error) {
    return (
      <>
        <Title order={1} mb="md">
          {t('intake.detailTitle')}
        </Title>
        {query.error instanceof ApiError && query.error.status === 404 ? (
          <Text role="alert">{t('intake.notFound')}</Text>
        ) : (
          <ApiErrorAlert error={query.error} />
        )}
      </>
    );
  }
  const intake = query.data;
  const closed = intake.status === 'closed';

  return (
    <>
      <IntakeHeader intake={intake} tz={tz} />
      <IntakeSafety intake={intake} />
      {closed && (
        <Alert color="gray" role="status" mb="md" title={t('intake.closedReadOnly')}>
          {t('intake.closedInfo', {
            date: formatDateTime(intake.closedAt, tz),
            outcome: intake.outcome ? t(`intake.outcomes.${intake.outcome}`) : t('app.none'),
          })}
          {intake.outcomeReason && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {t('intake.outcomeReasonLabel', { reason: intake.outcomeReason })}
            </Text>
          )}
          {intake.outcome === 'enrolled' && <Text size="sm">{t('intake.enrolledHint')}</Text>}
          {intake.clientId && (
            <Anchor component={Link} to={`/clients/${intake.clientId}`} size="sm" underline="always">
              {t('intake.openChart')}
            </Anchor>
          )}
        </Alert>
      )}
      {!closed && <IntakeWorkPanel intake={intake} tz={tz} />}
      <IntakePerson intake={intake} />
      <ClientLinkPanel intake={intake} readOnly={closed} />
      <DecisionPanel intake={intake} tz={tz} readOnly={closed} />
      {!closed && <EnrolPanel intake={intake} />}
      {!closed && <ClosePanel intake={intake} />}
    </>
  );
}

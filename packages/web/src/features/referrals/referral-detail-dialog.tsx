import { isTerminalReferralStatus, type ReferralView } from '@careloop/core';
import { Center, Divider, Group, List, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { formatDate, formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { CheckInForm } from './check-in-form.js';
import { ReferralLinkSection } from './referral-link-section.js';
import { checkInApplies, historySource } from './referral-model.js';
import { useReferral } from './referral-queries.js';
import { ReferralStatusBadge } from './referral-status-badge.js';
import { ReferralStatusForm } from './referral-status-form.js';

/** One referral: where it stands, its history, and what staff may do next. */
export function ReferralDetailDialog({ referralId, onClose }: { referralId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const referral = useReferral(referralId);
  const r = referral.data;
  return (
    <Modal
      opened={referralId !== null}
      onClose={onClose}
      size="lg"
      title={r ? t('referrals.detail.title', { provider: r.providerName }) : t('referrals.title')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <ApiErrorAlert error={referral.error} />
      {referral.isLoading && (
        <Center>
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {r && <ReferralDetail referral={r} />}
    </Modal>
  );
}

function Line({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <Text size="sm">
      <Text span fw={600}>
        {label}:{' '}
      </Text>
      {value}
    </Text>
  );
}

function ReferralDetail({ referral: r }: { referral: ReferralView }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const at = (iso: string | null) => formatDateTime(iso, timeZone);
  const closed = isTerminalReferralStatus(r.status);
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {t('referrals.detail.status')}:
        </Text>
        <ReferralStatusBadge status={r.status} />
        {r.followUpDue && (
          <Text size="sm" c="red.9" fw={600}>
            {t('referrals.overdue')}
          </Text>
        )}
      </Group>
      <Line label={t('referrals.detail.category')} value={t(`carePlan.categories.${r.category}`)} />
      <Line label={t('referrals.board.provider')} value={[r.serviceName, r.providerName].filter(Boolean).join(' — ')} />
      <Line label={t('referrals.detail.reason')} value={r.reason} />
      <Line
        label={t('referrals.detail.needs')}
        value={r.needs.map((d) => t(`carePlan.domainLabels.${d}`, { defaultValue: d })).join(', ')}
      />
      {r.statusReason && <Text size="sm">{t('referrals.detail.statusReason', { reason: r.statusReason })}</Text>}
      {r.appointmentDate && (
        <Text size="sm">{t('referrals.appointment', { date: formatDate(r.appointmentDate) })}</Text>
      )}
      {r.waitlistPosition != null && <Text size="sm">{t('referrals.waitlist', { n: r.waitlistPosition })}</Text>}
      {r.serviceProvided && <Text size="sm">{t('referrals.detail.serviceProvided', { text: r.serviceProvided })}</Text>}
      {r.outcome && <Text size="sm">{t('referrals.outcome', { outcome: r.outcome })}</Text>}
      <Text size="xs" c="gray.7">
        {t('referrals.detail.createdBy', {
          name: r.createdByName ?? t('referrals.detail.unknownPerson'),
          at: at(r.createdAt),
        })}
        {r.sentAt && ` · ${t('referrals.detail.sentAt', { at: at(r.sentAt) })}`}
      </Text>
      {!closed && (
        <>
          <Divider />
          <ReferralLinkSection referral={r} />
        </>
      )}
      <Divider />
      {closed && <Text size="sm">{t('referrals.detail.terminal')}</Text>}
      <ReferralStatusForm key={`${r.id}:${r.version}`} referral={r} />
      {checkInApplies(r) && (
        <>
          <Divider />
          <CheckInForm key={`${r.id}:${r.version}`} referral={r} />
        </>
      )}
      <Divider />
      <Title order={3} size="h5">
        {t('referrals.detail.history')}
      </Title>
      <List size="sm" spacing={4}>
        {[...r.history].reverse().map((e, i) => (
          <List.Item key={`${e.at}:${i}`}>
            {t('referrals.detail.historyLine', {
              status: t(`referrals.statuses.${e.status}`),
              at: at(e.at),
              by: [e.byName, t(`referrals.detail.from.${historySource(e)}`)].filter(Boolean).join(', '),
            })}
            {e.reason && ` — ${e.reason}`}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

import { endpoints, type ReferralView } from '@careloop/core';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { call } from '../../lib/endpoint-api.js';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { PartnerLinkNotice } from './partner-link-notice.js';
import { canSend } from './referral-model.js';
import { useRefreshReferrals } from './referral-queries.js';

/** Send to the provider (a private link, shown once) or withdraw the link. */
export function ReferralLinkSection({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const refresh = useRefreshReferrals();
  const [link, setLink] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: () => call(endpoints.referrals.send, { params: { id: referral.id } }),
    onSuccess: (r) => setLink(r.partnerLink),
    onSettled: () => refresh(),
  });
  const revoke = useMutation({
    mutationFn: () => call(endpoints.referrals.revokeLink, { params: { id: referral.id } }),
    onSuccess: () => {
      setLink(null);
      notify(t('referrals.link.revoked'));
    },
    onSettled: () => refresh(),
  });
  const timeZone = me?.organization.timeZone ?? 'UTC';
  return (
    <Stack gap="xs">
      <ApiErrorAlert error={send.error ?? revoke.error} />
      {link && <PartnerLinkNotice link={link} />}
      <Group justify="space-between" align="center">
        <Text size="sm">
          {referral.partnerLinkActive
            ? t('referrals.link.active', { at: formatDateTime(referral.partnerLinkExpiresAt, timeZone) })
            : t('referrals.link.inactive')}
        </Text>
        <Group gap="xs">
          {canSend(referral) && (
            <Button onClick={() => send.mutate()} loading={send.isPending}>
              {t('referrals.link.send')}
            </Button>
          )}
          {referral.partnerLinkActive && (
            <Button variant="default" color="red" onClick={() => revoke.mutate()} loading={revoke.isPending}>
              {t('referrals.link.revoke')}
            </Button>
          )}
        </Group>
      </Group>
      {canSend(referral) && (
        <Text size="xs" c="gray.7">
          {t('referrals.link.sendHint')}
        </Text>
      )}
    </Stack>
  );
}

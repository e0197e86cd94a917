import { CLIENT_CARE_ROLES, type PlanGoal } from '@careloop/core';
import { Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { CreateReferralDialog } from './create-referral-dialog.js';
import { ReferralDetailDialog } from './referral-detail-dialog.js';
import { referralsOfGoal } from './referral-model.js';
import { useClientReferrals } from './referral-queries.js';
import { ReferralStatusBadge } from './referral-status-badge.js';

/** Under a goal of the plan in effect: its referrals with status and outcome, and "Refer". */
export function GoalReferrals({
  clientId,
  episodeId,
  goal,
  n,
}: {
  clientId: string;
  episodeId: string;
  goal: PlanGoal;
  n: number;
}) {
  const { t } = useTranslation();
  const { hasRole } = useSession();
  const referrals = useClientReferrals(clientId);
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const items = referralsOfGoal(referrals.data?.items ?? [], goal.id);
  return (
    <Stack gap={4} component="section" aria-label={t('referrals.goalReferrals', { n })}>
      {items.length > 0 && (
        <>
          <Text size="sm" fw={600}>
            {t('referrals.title')}
          </Text>
          <List size="sm" spacing={4} listStyleType="none" withPadding={false}>
            {items.map((r) => (
              <List.Item key={r.id}>
                <Group gap="xs" wrap="wrap">
                  <ReferralStatusBadge status={r.status} />
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    onClick={() => setOpen(r.id)}
                    aria-label={t('referrals.open', { provider: r.providerName })}
                  >
                    {r.serviceName ? `${r.serviceName} — ${r.providerName}` : r.providerName}
                  </Anchor>
                  {r.appointmentDate && !r.outcome && (
                    <Text size="sm">{t('referrals.appointment', { date: formatDate(r.appointmentDate) })}</Text>
                  )}
                  {r.outcome && <Text size="sm">{t('referrals.outcome', { outcome: r.outcome })}</Text>}
                </Group>
              </List.Item>
            ))}
          </List>
        </>
      )}
      {hasRole(...CLIENT_CARE_ROLES) && (
        <Group>
          <Button
            size="xs"
            variant="light"
            onClick={() => setCreating(true)}
            aria-label={t('referrals.referGoal', { n })}
          >
            {t('referrals.refer')}
          </Button>
        </Group>
      )}
      <CreateReferralDialog
        clientId={clientId}
        opened={creating}
        onClose={() => setCreating(false)}
        origin={{ goalId: goal.id, episodeId, category: goal.category ?? null, needs: goal.needDomains }}
        title={t('referrals.create.titleGoal', { n })}
      />
      <ReferralDetailDialog referralId={open} onClose={() => setOpen(null)} />
    </Stack>
  );
}

import type { CaseloadItem } from '@careloop/core';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../lib/use-now.js';
import { EngagementBadges } from './engagement-badges.js';
import { contactDaysOverdue, inReachDue, referralDue, reviewDaysOverdue } from './caseload-model.js';
import { formatDueDate } from '../../lib/format-date.js';
import { AdvocacyCaseloadNote } from '../advocacy/advocacy-caseload-note.js';

/** The suicide-risk flag, an open crisis, engagement and referral badges under the name; they wrap rather than shrink. */
export function ClientBadges({ item }: { item: CaseloadItem }) {
  const { t } = useTranslation();
  const engagement = item.disengaged || (item.inReach && item.whereabouts !== 'community');
  const referral = referralDue(item);
  if (!item.suicideRiskFlag && !item.openCrisis && !engagement && !referral && !item.coveringFor) return null;
  return (
    <Group gap={4} wrap="wrap">
      {item.coveringFor && (
        <Badge size="sm" color="indigo.9" tt="none">
          {t('caseload.coveringFor', { name: item.coveringFor })}
        </Badge>
      )}
      {/* Apart from the tier column: an open suicide-risk flag is never folded into the tier. */}
      {item.suicideRiskFlag && (
        <Badge size="sm" color="red.9" tt="none">
          {t('riskCaseload.suicideRisk')}
        </Badge>
      )}
      {item.openCrisis && (
        <Badge size="sm" color="orange.4" autoContrast tt="none">
          {t('crisis.banner.title')}
        </Badge>
      )}
      <EngagementBadges item={item} />
      {referral && (
        <Badge size="sm" color="grape.9" tt="none">
          {t('care.referralDue')}
        </Badge>
      )}
    </Group>
  );
}

/** The episode's stage, waitlist and overdue plan review. */
export function StageInfo({ item, labelled = false }: { item: CaseloadItem; labelled?: boolean }) {
  const { t } = useTranslation();
  const review = reviewDaysOverdue(item);
  const stage = t(`care.stages.${item.stage}`);
  return (
    <Stack gap={2} align="flex-start">
      <Text size="sm">{labelled ? t('caseload.folded.stage', { stage }) : stage}</Text>
      {item.waitlisted && (
        <Badge size="sm" color="orange.5" autoContrast>
          {t('care.waitlisted')}
        </Badge>
      )}
      {review > 0 && (
        <Text size="xs" c="red.9" fw={700}>
          {t('care.reviewOverdue', { count: review })}
        </Text>
      )}
      <AdvocacyCaseloadNote item={item} />
    </Stack>
  );
}

export function NextContactCell({ item, timeZone }: { item: CaseloadItem; timeZone: string }) {
  const { t } = useTranslation();
  const now = useNow();
  const days = contactDaysOverdue(item);
  return (
    <Stack gap={0}>
      <Text size="sm">{formatDueDate(item.nextContactDueAt, timeZone)}</Text>
      {days > 0 && (
        <Text size="sm" c="red.9" fw={700}>
          {t('care.overdueBy', { count: days })}
        </Text>
      )}
      {inReachDue(item, now) && (
        <Text size="sm" c="indigo.9" fw={700}>
          {t('engagement.inReachDue')}
        </Text>
      )}
    </Stack>
  );
}

export function lastContactText(item: CaseloadItem, timeZone: string, t: (key: string) => string): string {
  return item.lastContactAt ? formatDueDate(item.lastContactAt, timeZone) : t('caseload.noContactYet');
}

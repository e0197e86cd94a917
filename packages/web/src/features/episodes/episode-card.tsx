import type { EpisodeView } from '@careloop/core';
import { Badge, Divider, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { CareTeam } from './care-team.js';
import { ClosureRequestNotice } from './closure-request.js';
import { HandoffSection } from './handoff.js';
import { ScreeningSection } from './screening-form.js';
import { TransitionPanel } from '../transitions/transition-panel.js';
import { StageControl } from './stage-control.js';
import { StageHistory } from './stage-history.js';
import { StageProgress } from './stage-progress.js';
import { TransferActions } from './transfer-forms.js';
import { WaitlistControl } from './waitlist-control.js';
import { WhereaboutsControl } from './whereabouts-control.js';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="gray.7" component="div">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}

export function EpisodeCard({ episode, all }: { episode: EpisodeView; all: readonly EpisodeView[] }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const open = episode.stage !== 'closed';
  const titleId = `episode-${episode.id}-title`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Group gap="sm">
            <Title order={3} id={titleId}>
              {episode.programName}
            </Title>
            <Badge color={open ? 'brand' : 'gray.8'} variant={open ? 'filled' : 'outline'} tt="none">
              {t(`care.stages.${episode.stage}`)}
            </Badge>
            {episode.waitlisted && (
              <Badge color="orange.9" tt="none">
                {t('care.waitlisted')}
              </Badge>
            )}
          </Group>
          {open && <TransferActions episode={episode} />}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <Fact label={t('episodes.level')} value={t(`care.models.${episode.model}`)} />
          <Fact
            label={t('episodes.primaryCaseManager')}
            value={episode.primaryCaseManagerName ?? t('episodes.noPrimary')}
          />
          <Fact label={t('episodes.opened')} value={formatDateTime(episode.openedAt, timeZone)} />
          {episode.closedAt && <Fact label={t('episodes.closed')} value={formatDateTime(episode.closedAt, timeZone)} />}
        </SimpleGrid>
        {episode.closureReason && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Fact label={t('episodes.closureReason')} value={t(`care.closureReasons.${episode.closureReason}`)} />
            <Fact label={t('episodes.closingSummary')} value={episode.closingSummary ?? t('app.none')} />
          </SimpleGrid>
        )}
        {episode.closureReason === 'lost_contact' && episode.closureSignedOffByName && (
          <Text size="sm">{t('closure.signedOffBy', { name: episode.closureSignedOffByName })}</Text>
        )}
        <ClosureRequestNotice episode={episode} />
        <StageProgress stage={episode.stage} />
        <HandoffSection episode={episode} all={all} />
        <TransitionPanel episode={episode} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <ScreeningSection episode={episode} />
          <WaitlistControl episode={episode} />
          <WhereaboutsControl episode={episode} />
        </SimpleGrid>
        {open && (
          <>
            <Divider />
            <StageControl episode={episode} />
          </>
        )}
        <Divider />
        <CareTeam episode={episode} />
        <StageHistory history={episode.history} />
      </Stack>
    </Paper>
  );
}

import type { ClientFlagView } from '@careloop/core';
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { ResolveFlagForm } from './resolve-flag-form.js';

function FlagCard({ flag, canClear, timeZone }: { flag: ClientFlagView; canClear: boolean; timeZone: string }) {
  const { t } = useTranslation();
  const open = flag.status === 'open';
  const titleId = `flag-${flag.id}-title`;
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group gap="sm">
          <Title order={4} id={titleId}>
            {t(`risk.flagKinds.${flag.kind}`)}
          </Title>
          <Badge color={open ? 'red.9' : 'gray.7'} variant={open ? 'filled' : 'outline'} tt="none">
            {open ? t('risk.flags.open') : t('risk.flags.resolved')}
          </Badge>
        </Group>
        <Text size="sm">
          {t('risk.flags.raisedAt', { date: formatDateTime(flag.raisedAt, timeZone) })} ·{' '}
          {t('risk.banner.results', { count: flag.sourceResultIds.length })}
        </Text>
        {!open && (
          <>
            <Text size="sm">
              {t('risk.flags.resolvedBy', {
                date: formatDateTime(flag.resolvedAt, timeZone),
                name: flag.resolvedByName ?? t('app.none'),
              })}
            </Text>
            <div>
              <Text size="xs" c="gray.7">
                {t('risk.flags.assessment')}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {flag.resolution ?? t('app.none')}
              </Text>
            </div>
          </>
        )}
        {open && (canClear ? <ResolveFlagForm flag={flag} /> : <Text size="sm">{t('risk.flags.onlyClinician')}</Text>)}
      </Stack>
    </Paper>
  );
}

/** Open flags first; resolved ones stay visible with the assessment that cleared them. */
export function FlagsSection({ flags }: { flags: readonly ClientFlagView[] }) {
  const { t } = useTranslation();
  const { me, hasRole } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  // Mirrors the server's policy (risk.clinical); the server decides regardless.
  const canClear = hasRole('clinician');
  const sorted = [...flags].sort((a, b) => Number(a.status !== 'open') - Number(b.status !== 'open'));
  return (
    <Stack gap="xs">
      <Title order={3}>{t('risk.flags.title')}</Title>
      {sorted.length === 0 && <Text size="sm">{t('risk.flags.none')}</Text>}
      {sorted.map((f) => (
        <FlagCard key={f.id} flag={f} canClear={canClear} timeZone={timeZone} />
      ))}
    </Stack>
  );
}

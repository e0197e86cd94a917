import { endpoints, type SessionView } from '@careloop/core';
import { Badge, Button, Loader, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';

const KEY = ['auth-sessions'];

/** A short name for a user agent string: the browser and system, not the whole string. */
function deviceName(ua: string | null, fallback: string): string {
  if (!ua) return fallback;
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /Chrome\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : null;
  const system = /Windows/.test(ua)
    ? 'Windows'
    : /Android/.test(ua)
      ? 'Android'
      : /iPhone|iPad/.test(ua)
        ? 'iOS'
        : /Mac OS/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : null;
  return [browser, system].filter(Boolean).join(' on ') || ua.slice(0, 40);
}

/** Where you are signed in, with a sign-out for each session. */
export function SessionsCard() {
  const { t } = useTranslation();
  const { me, signOut } = useSession();
  const queryClient = useQueryClient();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const sessions = useQuery({ queryKey: KEY, queryFn: () => call(endpoints.auth.sessions) });
  const end = useMutation({
    mutationFn: (s: SessionView) => call(endpoints.auth.endSession, { params: { id: s.id } }),
    onSuccess: async (_r, s) => {
      if (s.current) {
        await signOut();
        return;
      }
      notify(t('account.sessionEnded'));
      await queryClient.invalidateQueries({ queryKey: KEY });
    },
  });

  if (sessions.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  return (
    <>
      <ApiErrorAlert error={sessions.error ?? end.error} />
      <Table.ScrollContainer minWidth={560}>
        <Table>
          <Table.Caption>{t('account.sessionsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('account.sessionDevice')}</Table.Th>
              <Table.Th>{t('account.sessionAddress')}</Table.Th>
              <Table.Th>{t('account.sessionStarted')}</Table.Th>
              <Table.Th>{t('account.sessionLastSeen')}</Table.Th>
              <Table.Th>{t('account.sessionActions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(sessions.data?.items ?? []).map((s) => {
              const device = deviceName(s.userAgent, t('account.unknownDevice'));
              const lastSeen = formatDateTime(s.lastSeenAt, timeZone);
              return (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Text size="sm" span>
                      {device}
                    </Text>{' '}
                    {s.current && <Badge color="teal.9">{t('account.thisSession')}</Badge>}
                  </Table.Td>
                  <Table.Td>{s.ip ?? '—'}</Table.Td>
                  <Table.Td>{formatDateTime(s.createdAt, timeZone)}</Table.Td>
                  <Table.Td>{lastSeen}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('account.endSessionLabel', { device, when: lastSeen })}
                      loading={end.isPending && end.variables?.id === s.id}
                      onClick={() => end.mutate(s)}
                    >
                      {t('account.endSession')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

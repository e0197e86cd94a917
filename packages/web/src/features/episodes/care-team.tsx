import { endpoints, type CareTeamMemberView, type EpisodeView } from '@careloop/core';
import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { AddMemberModal } from './add-member-form.js';
import { useEpisodeAction } from './use-episode-action.js';

function ContactCell({ m }: { m: CareTeamMemberView }) {
  const { t } = useTranslation();
  const parts = [m.organization, m.phone, m.email].filter((p): p is string => !!p);
  if (parts.length === 0) return <>{t('app.none')}</>;
  return (
    <Stack gap={0}>
      {parts.map((p) => (
        <Text size="sm" key={p}>
          {p}
        </Text>
      ))}
    </Stack>
  );
}

export function CareTeam({ episode }: { episode: EpisodeView }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const [adding, setAdding] = useState(false);
  const open = episode.stage !== 'closed';
  // Adding and ending members: only the primary case manager or a program supervisor (the server decides).
  const manage = open && episode.can.manageTeam;
  const end = useEpisodeAction(
    episode.clientId,
    (m: CareTeamMemberView) =>
      call(endpoints.episodes.endTeamMember, { params: { id: m.id }, body: { version: m.version } }),
    { success: () => t('episodes.membershipEnded') },
  );
  // An open episode shows who is on the team now; a closed one shows everyone who was.
  const members = open ? episode.team.filter((m) => !m.endedAt) : episode.team;
  const date = (iso: string) => formatDateTime(iso, timeZone);

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={4}>{t('episodes.team')}</Title>
        {manage && (
          <Button size="xs" variant="default" onClick={() => setAdding(true)}>
            {t('episodes.addMember')}
          </Button>
        )}
      </Group>
      <ApiErrorAlert error={end.error} />
      {members.length === 0 ? (
        <Text size="sm">{t('episodes.teamEmpty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label={t('episodes.teamLabel')} withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('episodes.member')}</Table.Th>
                <Table.Th>{t('episodes.role')}</Table.Th>
                <Table.Th>{t('episodes.contact')}</Table.Th>
                <Table.Th>{t('episodes.since')}</Table.Th>
                {manage && (
                  <Table.Th>
                    <Text span size="sm" fw={700}>
                      {t('users.actions')}
                    </Text>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    <Group gap={6}>
                      <Text size="sm">{m.name}</Text>
                      {m.external && (
                        <Badge size="xs" variant="outline" color="gray.8">
                          {t('episodes.external')}
                        </Badge>
                      )}
                    </Group>
                    {m.discipline && (
                      <Text size="xs" c="gray.7">
                        {t(`disciplines.${m.discipline}`, { defaultValue: m.discipline })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`care.teamRoles.${m.role}`)}</Table.Td>
                  <Table.Td>
                    <ContactCell m={m} />
                  </Table.Td>
                  <Table.Td>{m.endedAt ? `${date(m.startedAt)} – ${date(m.endedAt)}` : date(m.startedAt)}</Table.Td>
                  {manage && (
                    <Table.Td>
                      {m.role !== 'primary_case_manager' && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          c="red.9"
                          aria-label={t('episodes.endMembershipOf', { name: m.name })}
                          loading={end.isPending && end.variables.id === m.id}
                          onClick={() => end.mutate(m)}
                        >
                          {t('episodes.endMembership')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {manage && <AddMemberModal episode={episode} opened={adding} onClose={() => setAdding(false)} />}
    </Stack>
  );
}

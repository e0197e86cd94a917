import type { ClientView } from '@careloop/core';
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ageOn, todayIn } from '../../lib/format-date.js';
import { languageName } from '../../lib/language-name.js';
import { useSession } from '../../lib/session.js';
import { BannerAlerts } from '../risk/banner-alerts.js';
import { SafetyPlanBadge } from '../safety-plan/safety-plan-badge.js';

/** Always visible on the chart: who this is, how to address them, and how they may be contacted. */
export function ClientBanner({ client }: { client: ClientView }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const age = ageOn(client.dateOfBirth, todayIn(me?.organization.timeZone ?? 'UTC'));
  const c = client.communication;
  const pref = (ok: boolean, yes: string, no: string) => (
    <Badge color={ok ? 'teal.9' : 'red.9'} variant="filled">
      {ok ? t(yes) : t(no)}
    </Badge>
  );
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-label={t('client.banner')}>
      <Stack gap={6}>
        <Group gap="sm" align="baseline">
          <Title order={1} size="h2">
            {client.preferredName ?? client.firstName} {client.lastName}
          </Title>
          {client.pronouns && <Text c="gray.7">({client.pronouns})</Text>}
        </Group>
        <Text size="sm">
          {client.preferredName ? `${client.firstName} ${client.lastName} · ` : ''}
          {t('clients.age', { age })} · {t('clients.mrn')} {client.mrn}
          {client.status !== 'active' ? ` · ${t(`client.options.status.${client.status}`)}` : ''}
        </Text>
        <Group gap="xs">
          {pref(c.okToText, 'client.texts', 'client.noTexts')}
          {pref(c.okToVoicemail, 'client.voicemail', 'client.noVoicemail')}
          {pref(c.okToMail, 'client.mail', 'client.noMail')}
          {client.interpreterNeeded && (
            <Badge color="blue.9" variant="filled">
              {t('client.interpreter')} ({languageName(client.preferredLanguage)})
            </Badge>
          )}
          <SafetyPlanBadge clientId={client.id} />
        </Group>
        {c.notes && <Text size="sm">{c.notes}</Text>}
        <BannerAlerts clientId={client.id} />
      </Stack>
    </Paper>
  );
}

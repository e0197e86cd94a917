import type { PartnerPacketView } from '@careloop/core';
import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format-date.js';
import { languageName } from '../../lib/language-name.js';

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={2} component="section">
      <Title order={2} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** The referral packet: only what the case manager chose to share, in plain words. */
export function PartnerPacket({ packet: p }: { packet: PartnerPacketView }) {
  const { t } = useTranslation();
  // Instants are shown as the day they fall on (the provider may be in another zone; a day is enough here).
  const day = (iso: string | null) => (iso ? formatDate(iso.slice(0, 10)) : t('app.none'));
  const c = p.contactPreferences;
  const by = p.referredBy;
  return (
    <Stack gap="md">
      <Title order={1}>{t('partner.title', { organization: by.organizationName })}</Title>
      <Text size="lg">{t('partner.intro')}</Text>
      <Text size="lg" fw={700}>
        {t('partner.currentStatus', { status: t(`partner.statuses.${p.status}`) })}
      </Text>
      <Block title={t('partner.person')}>
        <Text size="lg">{p.client.name}</Text>
        {p.client.preferredLanguage && (
          <Text>{t('partner.language', { language: languageName(p.client.preferredLanguage) })}</Text>
        )}
      </Block>
      <Block title={t('partner.service')}>
        <Text>
          {[p.serviceName, p.providerName].filter(Boolean).join(' — ')} ({t(`carePlan.categories.${p.category}`)})
        </Text>
      </Block>
      <Block title={t('partner.reason')}>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{p.reason}</Text>
      </Block>
      {p.needs.length > 0 && (
        <Block title={t('partner.needs')}>
          <List>
            {p.needs.map((d) => (
              <List.Item key={d}>{t(`carePlan.domainLabels.${d}`, { defaultValue: d })}</List.Item>
            ))}
          </List>
        </Block>
      )}
      {c && (
        <Block title={t('partner.contact')}>
          <Text>
            {t(`referrals.contactMethods.${c.method}`)}
            {c.value ? `: ${c.value}` : ''}
          </Text>
          {c.bestTimes && <Text>{t('partner.bestTimes', { times: c.bestTimes })}</Text>}
          {c.notes && <Text>{c.notes}</Text>}
        </Block>
      )}
      <Block title={t('partner.referredBy')}>
        <Text>{[by.name, by.organizationName].filter(Boolean).join(', ')}</Text>
        {by.phone && (
          <Anchor href={`tel:${by.phone}`} size="lg">
            {by.phone}
          </Anchor>
        )}
        {by.email && (
          <Anchor href={`mailto:${by.email}`} size="lg">
            {by.email}
          </Anchor>
        )}
      </Block>
      {p.appointmentDate && <Text>{t('referrals.appointment', { date: formatDate(p.appointmentDate) })}</Text>}
      {p.serviceProvided && <Text>{t('referrals.detail.serviceProvided', { text: p.serviceProvided })}</Text>}
      {p.history.length > 0 && (
        <Block title={t('partner.history')}>
          <List>
            {p.history.map((e, i) => (
              <List.Item key={`${e.at}:${i}`}>
                {t('partner.historyLine', { status: t(`partner.statuses.${e.status}`), at: day(e.at) })}
              </List.Item>
            ))}
          </List>
        </Block>
      )}
      <Text size="sm" c="gray.7">
        {t('partner.linkExpires', { date: day(p.linkExpiresAt) })}
      </Text>
    </Stack>
  );
}

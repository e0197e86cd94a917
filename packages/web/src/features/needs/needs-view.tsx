import { NEED_DOMAIN_LABELS, NEED_RATING_LABELS, NeedDomains, type NeedsAssessmentView } from '@careloop/core';
import { Badge, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';

/** "Action needed" / "Urgent" in words; colour only repeats it. */
export function ActionBadge({ rating }: { rating: number | null | undefined }) {
  const { t } = useTranslation();
  if (rating === 3) return <Badge color="red.9">{t('needs.urgent')}</Badge>;
  if (rating === 2) {
    return (
      <Badge color="yellow.4" autoContrast>
        {t('needs.actionNeeded')}
      </Badge>
    );
  }
  return null;
}

/** The label of a domain code from the server; an unknown code is shown as is rather than hidden. */
export function domainLabel(code: string): string {
  const domain = NeedDomains.find((d) => d === code);
  return domain ? NEED_DOMAIN_LABELS[domain] : code;
}

const ratingText = (rating: number | null | undefined): string | null => {
  if (rating === 0 || rating === 1 || rating === 2 || rating === 3) return `${rating} — ${NEED_RATING_LABELS[rating]}`;
  return null;
};

/** A completed (signed) assessment, read-only, actionable domains first and highlighted. */
export function NeedsView({ view, headingRef }: { view: NeedsAssessmentView; headingRef?: Ref<HTMLHeadingElement> }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const when = formatDateTime(view.completedAt ?? view.updatedAt, timeZone);
  const titleId = `needs-view-${view.id}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={4} id={titleId} ref={headingRef} tabIndex={-1}>
          {t('needs.viewTitle', { date: when })}
        </Title>
        {view.completedAt && (
          <Text size="sm">
            {t('needs.completedBy', { date: when, name: view.completedByName ?? t('app.none') })} ·{' '}
            {t('needs.readOnly')}
          </Text>
        )}
        <Text fw={700} size="sm">
          {t('needs.mustPlan')}
        </Text>
        {view.actionable.length === 0 ? (
          <Text size="sm">{t('needs.noneActionable')}</Text>
        ) : (
          <List size="sm">
            {view.actionable.map((d) => (
              <List.Item key={d}>
                <Group gap="xs">
                  <Text size="sm">{domainLabel(d)}</Text>
                  <ActionBadge rating={view.domains[d]?.rating} />
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label={t('needs.formTitle')} withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('needs.domain')}</Table.Th>
                <Table.Th>{t('needs.ratingLabel')}</Table.Th>
                <Table.Th>{t('needs.clientWords')}</Table.Th>
                <Table.Th>{t('needs.strengths')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {NeedDomains.map((d) => {
                const e = view.domains[d];
                return (
                  <Table.Tr key={d}>
                    <Table.Td>{NEED_DOMAIN_LABELS[d]}</Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        <Text size="sm">{ratingText(e?.rating) ?? t('needs.notRated')}</Text>
                        <ActionBadge rating={e?.rating} />
                      </Group>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{e?.clientWords ?? t('app.none')}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{e?.strengths ?? t('app.none')}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="sm">
          <strong>{t('needs.present')}:</strong>{' '}
          {view.present.map((p) => `${t(`needs.presentRoles.${p.role}`)}${p.name ? ` (${p.name})` : ''}`).join(', ') ||
            t('app.none')}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          <strong>{t('needs.priorities')}:</strong> {view.clientPriorities || t('app.none')}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          <strong>{t('needs.overallStrengths')}:</strong> {view.overallStrengths ?? t('app.none')}
        </Text>
      </Stack>
    </Paper>
  );
}

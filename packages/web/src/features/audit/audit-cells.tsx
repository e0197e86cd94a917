import type { AuditEventView } from '@careloop/core';
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { clientName } from '../../lib/client-name.js';
import { CopyIdButton } from '../../components/copy-id-button.js';

/** The client an event is about, by name and MRN (joined at read time); the id is in the copy button. */
export function AuditClientCell({ event }: { event: AuditEventView }) {
  const { t } = useTranslation();
  if (event.client) {
    const name = clientName(event.client);
    return (
      <Stack gap={0}>
        <Text size="sm">{name}</Text>
        <Group gap={4} wrap="nowrap">
          <Text size="xs" c="gray.7">
            {t('clients.mrn')} {event.client.mrn}
          </Text>
          <CopyIdButton id={event.client.id} label={t('ids.copyClient', { name })} />
        </Group>
      </Stack>
    );
  }
  if (!event.clientId) return <>{t('app.none')}</>;
  // A client id the organisation does not hold (should not happen): the full id, never a prefix.
  return (
    <Text span size="sm" style={{ overflowWrap: 'anywhere' }}>
      {event.clientId}
    </Text>
  );
}

/** The record's kind; its id (often a plan's or a note's) stays available to copy, not truncated. */
export function AuditEntityCell({ event }: { event: AuditEventView }) {
  const { t } = useTranslation();
  if (!event.entityType) return <>{t('app.none')}</>;
  // When the record is the client itself, the client column already says who.
  const ownId = event.entityId && event.entityId !== event.clientId ? event.entityId : null;
  return (
    <Group gap={4} wrap="nowrap">
      <code>{event.entityType}</code>
      {ownId && <CopyIdButton id={ownId} label={t('ids.copyRecord', { type: event.entityType })} />}
    </Group>
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One detail value in words: codes and counts as they are, lists of ids as how many. */
function detailText(v: unknown, t: (key: string, o?: Record<string, unknown>) => string): string {
  if (Array.isArray(v)) {
    const plain = v.every((x) => (typeof x === 'string' && !UUID.test(x)) || typeof x === 'number');
    return plain ? v.join(', ') : t('audit.ids', { count: v.length });
  }
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return v === null || v === undefined ? t('app.none') : JSON.stringify(v);
}

/** What the row records beyond its columns (ids, codes and counts only), and how many clients a list showed. */
export function AuditDetailsCell({ event }: { event: AuditEventView }) {
  const { t } = useTranslation();
  const entries = Object.entries(event.details);
  if (entries.length === 0 && event.clientIds.length === 0 && !event.purpose) return <>{t('app.none')}</>;
  return (
    <Stack gap={0}>
      {/* The stated purpose of an on-call look at a chart (client.crisis_view). */}
      {event.purpose && (
        <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
          {t('crisisView.auditPurpose', { purpose: event.purpose })}
        </Text>
      )}
      {event.clientIds.length > 0 && (
        <Text size="xs">{t('audit.clientsShown', { count: event.clientIds.length })}</Text>
      )}
      {entries.map(([k, v]) => (
        <Text key={k} size="xs" style={{ overflowWrap: 'anywhere' }}>
          <code>{k}</code>: {detailText(v, t)}
        </Text>
      ))}
    </Stack>
  );
}

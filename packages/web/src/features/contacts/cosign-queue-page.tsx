import type { CosignQueueItem } from '@careloop/core';
import { Anchor, Button, Center, Group, Loader, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { useCosign, useCosignQueue } from './contact-queries.js';
import { NoteCard } from './note-card.js';

function QueueRow({ item, timeZone, onOpen }: { item: CosignQueueItem; timeZone: string; onOpen: () => void }) {
  const { t } = useTranslation();
  const cosign = useCosign(item.clientId);
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/clients/${item.clientId}?tab=contacts`}>
          {item.clientName}
        </Anchor>
        <Text size="xs" c="gray.7">
          {t('cosign.mrn', { mrn: item.mrn })}
        </Text>
      </Table.Td>
      <Table.Td>{item.authorName}</Table.Td>
      <Table.Td>
        {item.contactType ? t(`contacts.types.${item.contactType}`) : t('app.none')}
        <Text size="xs" c="gray.7">
          {formatDateTime(item.occurredAt, timeZone)}
        </Text>
      </Table.Td>
      <Table.Td>{formatDateTime(item.signedAt, timeZone)}</Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            variant="default"
            onClick={onOpen}
            aria-label={t('cosign.openFor', { name: item.clientName })}
          >
            {t('cosign.open')}
          </Button>
          <Button
            size="xs"
            onClick={() => cosign.mutate(item.noteId)}
            loading={cosign.isPending}
            aria-label={t('cosign.cosignFor', { name: item.clientName })}
          >
            {t('cosign.cosign')}
          </Button>
        </Group>
        {cosign.error instanceof ApiError && (
          <Text size="xs" c="red.9" role="alert">
            {cosign.error.message}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** Notes awaiting a supervisor's co-sign, oldest first: read each one, then co-sign it. */
export function CosignQueuePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const queue = useCosignQueue();
  const [open, setOpen] = useState<CosignQueueItem | null>(null);
  const items = queue.data?.items ?? [];
  // Once co-signed, the note leaves the queue: close the dialog with it.
  const current = open && items.some((i) => i.noteId === open.noteId) ? open : null;
  return (
    <Stack gap="md">
      <Title order={1}>{t('cosign.title')}</Title>
      <Text>{t('cosign.intro')}</Text>
      <ApiErrorAlert error={queue.error} />
      {queue.isLoading && (
        <Center>
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {queue.data && items.length === 0 && <Text>{t('cosign.empty')}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label={t('cosign.tableLabel')} withTableBorder verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cosign.client')}</Table.Th>
                <Table.Th>{t('cosign.author')}</Table.Th>
                <Table.Th>{t('cosign.contact')}</Table.Th>
                <Table.Th>{t('cosign.signedAt')}</Table.Th>
                <Table.Th>{t('cosign.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <QueueRow key={item.noteId} item={item} timeZone={timeZone} onOpen={() => setOpen(item)} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={current !== null}
        onClose={() => setOpen(null)}
        size="xl"
        title={current ? t('cosign.dialogTitle', { name: current.clientName }) : ''}
        closeButtonProps={{ 'aria-label': t('app.close') }}
      >
        {current && (
          <Stack>
            <NoteCard noteId={current.noteId} readOnly />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(null)}>
                {t('app.close')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

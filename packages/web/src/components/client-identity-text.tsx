import type { ClientIdentity } from '@careloop/core';
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { clientName } from '../lib/client-name.js';
import { CopyIdButton } from './copy-id-button.js';

/** Whom a row is about, by name and MRN, with the id one click away for investigators. */
export function ClientIdentityText({ client }: { client: ClientIdentity }) {
  const { t } = useTranslation();
  const name = clientName(client);
  return (
    <Group gap={4} wrap="nowrap" component="span" display="inline-flex">
      <Text span size="sm">
        {name} · {t('clients.mrn')} {client.mrn}
      </Text>
      <CopyIdButton id={client.id} label={t('ids.copyClient', { name })} />
    </Group>
  );
}

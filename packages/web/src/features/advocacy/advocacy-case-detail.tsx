import type { AdvocacyCaseView, UpdateAdvocacyCaseBody } from '@careloop/core';
import { Badge, Button, Divider, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { notify } from '../../components/notify.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { formatDueDate } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { AdvocacyCloseModal } from './advocacy-close.js';
import { AdvocacyDeadlines } from './advocacy-deadlines.js';
import { AdvocacyDocuments } from './advocacy-documents.js';
import { useAdvocacyCase, useToday, useUpdateAdvocacyCase } from './advocacy-queries.js';
import { AdvocacySteps } from './advocacy-steps.js';

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

/** One case: who against whom, its deadlines, documents and steps; close with an outcome or reopen. */
export function AdvocacyCaseDetail({ id, onBack }: { id: string; onBack: () => void }) {
  const { t } = useTranslation();
  const query = useAdvocacyCase(id);
  if (query.isLoading) return <PageLoader />;
  if (!query.data) return <ApiErrorAlert error={query.error} />;
  return <CaseBody c={query.data} onBack={onBack} backLabel={t('advocacy.back')} />;
}

function CaseBody({ c, onBack, backLabel }: { c: AdvocacyCaseView; onBack: () => void; backLabel: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const today = useToday();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const update = useUpdateAdvocacyCase(c.clientId, c.id);
  const [closing, setClosing] = useState(false);
  const fields = fieldsOf(update.error);
  const save = (body: UpdateAdvocacyCaseBody) => update.mutate(body, { onSuccess: () => notify(t('advocacy.saved')) });
  return (
    <Stack>
      <Group>
        <Button variant="subtle" size="xs" onClick={onBack}>
          {backLabel}
        </Button>
      </Group>
      <Group justify="space-between" align="flex-start">
        <Group gap="sm">
          <Title order={2} size="h3">
            {t(`advocacy.kinds.${c.kind}`)}: {c.otherParty.name}
          </Title>
          <Badge color={c.status === 'open' ? 'blue.9' : 'gray.7'} tt="none" autoContrast>
            {t(`advocacy.statuses.${c.status}`)}
          </Badge>
        </Group>
        {c.status === 'open' ? (
          <Button color="gray.8" onClick={() => setClosing(true)}>
            {t('advocacy.close')}
          </Button>
        ) : (
          <Button
            variant="default"
            onClick={() => save({ version: c.version, status: 'open' })}
            loading={update.isPending}
          >
            {t('advocacy.reopen')}
          </Button>
        )}
      </Group>
      <ApiErrorAlert error={update.error} />
      <Text>{c.summary}</Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Fact label={t('advocacy.otherPartyContact')} value={c.otherParty.contact ?? '—'} />
        <Fact label={t('advocacy.owner')} value={c.ownerName ?? '—'} />
        <Fact label={t('advocacy.openedAt')} value={formatDueDate(c.openedAt, timeZone)} />
      </SimpleGrid>
      {c.outcome && c.status !== 'open' && <Fact label={t('advocacy.outcome')} value={c.outcome} />}
      <Divider />
      <AdvocacyDeadlines c={c} today={today} save={save} saving={update.isPending} fields={fields} />
      <Divider />
      <AdvocacySteps c={c} today={today} />
      <Divider />
      <AdvocacyDocuments c={c} today={today} save={save} saving={update.isPending} fields={fields} />
      <AdvocacyCloseModal c={c} opened={closing} onClose={() => setClosing(false)} />
    </Stack>
  );
}

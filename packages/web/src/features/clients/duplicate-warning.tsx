import type { DuplicateCandidate } from '@careloop/core';
import { Alert, Anchor, Button, Checkbox, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format-date.js';
import type { ClientFormValues } from './client-form-model.js';

interface Props {
  entered: ClientFormValues;
  candidates: DuplicateCandidate[];
  confirmed: string[];
  onConfirmedChange: (ids: string[]) => void;
  onRegisterAnyway: () => void;
  busy: boolean;
}

/** Side by side: what was typed and each likely match, with why it matched. */
export function DuplicateWarning({ entered, candidates, confirmed, onConfirmedChange, onRegisterAnyway, busy }: Props) {
  const { t } = useTranslation();
  const allConfirmed = candidates.every((c) => confirmed.includes(c.id));
  return (
    <Alert color="orange" title={t('duplicates.warningTitle')} role="alert" mb="md">
      <Text size="sm" mb="md">
        {t('duplicates.warningBody')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="sm">
          <Title order={3} size="h5">
            {t('duplicates.thisRegistration')}
          </Title>
          <Text>
            {entered.firstName} {entered.lastName}
          </Text>
          <Text size="sm">
            {t('clients.dob')}: {formatDate(entered.dateOfBirth)}
          </Text>
        </Paper>
        {candidates.map((c) => (
          <Paper withBorder p="sm" key={c.id}>
            <Stack gap={4}>
              <Title order={3} size="h5">
                {t('duplicates.candidate')} — {t('duplicates.score', { score: Math.round(c.score * 100) })}
              </Title>
              <Text>
                {c.firstName} {c.lastName}
                {c.preferredName ? ` (${c.preferredName})` : ''}
              </Text>
              <Text size="sm">
                {t('clients.dob')}: {formatDate(c.dateOfBirth)} · {t('clients.mrn')} {c.mrn}
              </Text>
              <Text size="sm">{c.reasons.map((r) => t(`duplicates.reasons.${r}`)).join(', ')}</Text>
              <Anchor component={Link} to={`/clients/${c.id}`} size="sm">
                {t('duplicates.openExisting')}
              </Anchor>
              <Checkbox
                label={t('duplicates.confirmDifferent')}
                checked={confirmed.includes(c.id)}
                onChange={(e) =>
                  onConfirmedChange(
                    e.currentTarget.checked ? [...confirmed, c.id] : confirmed.filter((id) => id !== c.id),
                  )
                }
              />
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
      <Button mt="md" color="orange.9" disabled={!allConfirmed} loading={busy} onClick={onRegisterAnyway}>
        {t('duplicates.registerAnyway')}
      </Button>
    </Alert>
  );
}

import { endpoints, type IntakeView } from '@careloop/core';
import { Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call } from '../../lib/endpoint-api.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { CandidateList } from './candidate-list.js';
import { ChangeError } from './intake-badges.js';
import { patchIntake, useIntakeChange } from './intake-queries.js';
import { RegisterClientForm } from './register-client-form.js';

type Mode = 'idle' | 'find' | 'register';

function Matches({ intake, onPick, busy }: { intake: IntakeView; onPick: (id: string) => void; busy: boolean }) {
  const { t } = useTranslation();
  const matches = useQuery({
    queryKey: ['intake-matches', intake.id],
    queryFn: () => call(endpoints.intakes.matches, { params: { id: intake.id } }),
  });
  if (matches.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (matches.error) return <ApiErrorAlert error={matches.error} />;
  if (matches.data.candidates.length === 0) return <Text size="sm">{t('intake.noMatches')}</Text>;
  return (
    <section aria-label={t('intake.matchesLabel')}>
      <CandidateList
        candidates={matches.data.candidates}
        pickLabel="thisIsThePerson"
        onPick={(c) => onPick(c.id)}
        busy={busy}
      />
    </section>
  );
}

/** Link the intake to the client registry: an existing record, or a new one made from the intake. */
export function ClientLinkPanel({ intake, readOnly }: { intake: IntakeView; readOnly: boolean }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('idle');
  const change = useIntakeChange(intake, patchIntake(intake.id), () => setMode('idle'));
  const link = (clientId: string | null) =>
    change.mutation.mutate({ clientId }, { onSuccess: () => clientId && notify(t('intake.linked')) });

  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="intake-client-title">
      <Title order={2} size="h3" mb="sm" id="intake-client-title">
        {t('intake.clientTitle')}
      </Title>
      <ChangeError error={change.mutation.error} conflict={change.conflict} fields={change.fields} />
      {intake.clientId ? (
        <Group>
          <Text size="sm">{t('intake.linkedTo', { mrn: intake.clientMrn ?? '' })}</Text>
          <Anchor component={Link} to={`/clients/${intake.clientId}`} underline="always">
            {t('intake.openChart')}
          </Anchor>
          {!readOnly && (
            <Button size="xs" variant="subtle" onClick={() => link(null)} loading={change.mutation.isPending}>
              {t('intake.unlink')}
            </Button>
          )}
        </Group>
      ) : readOnly ? (
        <Text size="sm">{t('intake.none')}</Text>
      ) : (
        <Stack>
          <Group>
            <Button variant={mode === 'find' ? 'filled' : 'default'} onClick={() => setMode('find')}>
              {t('intake.findExisting')}
            </Button>
            <Button variant={mode === 'register' ? 'filled' : 'default'} onClick={() => setMode('register')}>
              {t('intake.registerNew')}
            </Button>
          </Group>
          {mode === 'find' && <Matches intake={intake} onPick={link} busy={change.mutation.isPending} />}
          {mode === 'register' && (
            <RegisterClientForm
              intake={intake}
              onLink={link}
              linking={change.mutation.isPending}
              onCancel={() => setMode('idle')}
            />
          )}
        </Stack>
      )}
    </Paper>
  );
}

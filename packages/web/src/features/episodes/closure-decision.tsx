import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../contacts/confirm-dialog.js';
import { closureSignoffError, useClosureSignoff, type ClosureDecision } from './closure-signoff-queries.js';

/**
 * "Sign off closure" (after a confirmation: it closes the episode) and "Return to worker" for a
 * "lost contact" closure request. `who` names the row in the buttons' accessible names when
 * several requests are listed together (the episode card needs none).
 */
export function ClosureDecisionButtons({
  episodeId,
  version,
  who,
  program,
}: {
  episodeId: string;
  version: number;
  who?: string;
  program: string;
}) {
  const { t } = useTranslation();
  const signoff = useClosureSignoff();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState<ClosureDecision | null>(null);
  const error = closureSignoffError(signoff.error, t);

  const decide = (decision: ClosureDecision) => {
    setPending(decision);
    signoff.mutate(
      { episodeId, decision, version },
      {
        onSettled: () => {
          setConfirming(false);
          setPending(null);
        },
      },
    );
  };

  return (
    <Stack gap="xs" align="flex-start">
      <Group gap="xs" wrap="nowrap">
        <Button
          size="xs"
          color="red.8"
          onClick={() => {
            signoff.reset();
            setConfirming(true);
          }}
          aria-label={who ? t('closure.signOffOf', { who }) : undefined}
        >
          {t('closure.signOff')}
        </Button>
        <Button
          size="xs"
          variant="default"
          loading={pending === 'return'}
          disabled={pending !== null}
          onClick={() => decide('return')}
          aria-label={who ? t('closure.returnOf', { who }) : undefined}
        >
          {t('closure.return')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" role="alert" p="xs">
          {error}
        </Alert>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('closure.confirmTitle')}
        body={who ? t('closure.confirmBody', { who, program }) : t('closure.confirmBodyEpisode', { program })}
        confirmLabel={t('closure.signOff')}
        onClose={() => setConfirming(false)}
        onConfirm={() => decide('approve')}
        loading={pending === 'approve'}
        danger
      />
    </Stack>
  );
}

import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.js';
import type { SaveState } from './use-autosave.js';

function timeOf(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
}

/** The autosave state in words, announced politely to screen readers. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  let text: string;
  let color = 'gray.7';
  switch (state.kind) {
    case 'saved':
      text = t('carePlan.savedAt', { time: timeOf(state.at, timeZone) });
      break;
    case 'pending':
      text = t('carePlan.unsavedChanges');
      break;
    case 'saving':
      text = t('carePlan.saving');
      break;
    case 'invalid':
      text = t('carePlan.notSavedInvalid', { message: state.message });
      color = 'orange.9';
      break;
    case 'retrying':
      text = t('carePlan.notSavedRetrying');
      color = 'red.8';
      break;
    case 'conflict':
      text = t('carePlan.notSavedConflict');
      color = 'red.8';
      break;
    case 'locked':
      text = state.message;
      color = 'red.8';
      break;
  }
  return (
    <Text size="sm" c={color} role="status" aria-live="polite" fw={500}>
      {text}
    </Text>
  );
}

import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.js';
import type { NoteSaveState } from './use-note-autosave.js';

function timeOf(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
}

/** The autosave state of a note in words, announced politely to screen readers. */
export function NoteSaveStatus({ state }: { state: NoteSaveState }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  let text: string;
  let color = 'gray.7';
  switch (state.kind) {
    case 'saved':
      text = t('notes.savedAt', { time: timeOf(state.at, timeZone) });
      break;
    case 'pending':
      text = t('notes.unsaved');
      break;
    case 'saving':
      text = t('notes.saving');
      break;
    case 'invalid':
      text = t('notes.notSavedInvalid', { message: state.message });
      color = 'orange.9';
      break;
    case 'retrying':
      text = t('notes.notSavedRetrying');
      color = 'red.8';
      break;
    case 'conflict':
      text = t('notes.notSavedConflict');
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

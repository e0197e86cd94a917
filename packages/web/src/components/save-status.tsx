import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../lib/format-date.js';
import { useSession } from '../lib/session.js';
import type { AutosaveState } from '../lib/use-versioned-autosave.js';

/**
 * The autosave state in words, announced politely to screen readers. `ns` names the feature's
 * strings (`savedAt`, `unsavedChanges`, `saving`, `notSaved…`), which speak of a plan or a note.
 */
export function SaveStatus({ state, ns }: { state: AutosaveState<unknown>; ns: 'carePlan' | 'notes' }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  let text: string;
  let color = 'gray.7';
  switch (state.kind) {
    case 'saved':
      text = t(`${ns}.savedAt`, { time: formatTime(state.at, timeZone) });
      break;
    case 'pending':
      text = t(`${ns}.unsavedChanges`);
      break;
    case 'saving':
      text = t(`${ns}.saving`);
      break;
    case 'invalid':
      text = t(`${ns}.notSavedInvalid`, { message: state.message });
      color = 'orange.9';
      break;
    case 'retrying':
      text = t(`${ns}.notSavedRetrying`);
      color = 'red.8';
      break;
    case 'conflict':
      text = t(`${ns}.notSavedConflict`);
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

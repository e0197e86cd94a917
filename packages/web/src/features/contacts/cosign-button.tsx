import { noteStatus, type NoteView } from '@careloop/core';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { useCosign } from './contact-queries.js';

/** A supervisor's co-sign makes a note final; the author never co-signs their own (the server checks too). */
export function CosignButton({ note }: { note: NoteView }) {
  const { t } = useTranslation();
  const { me, hasRole } = useSession();
  const cosign = useCosign(note.clientId);
  const waiting = noteStatus(note) === 'awaiting_cosign';
  if (!waiting || !hasRole('supervisor') || me?.id === note.authorId) return null;
  return (
    <>
      <ApiErrorAlert error={cosign.error} />
      <Group>
        <Button onClick={() => cosign.mutate(note.id)} loading={cosign.isPending}>
          {t('cosign.cosign')}
        </Button>
      </Group>
    </>
  );
}

import type { InstrumentId } from '@careloop/core';
import { Center, Loader, Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { Administer } from './administer-instrument.js';
import { useInstrument } from './assessment-queries.js';

export interface OpenEpisode {
  id: string;
  programName: string;
}

interface Props {
  clientId: string;
  instrument: InstrumentId;
  episode: OpenEpisode | null;
  onClose: () => void;
  onGive: (instrument: InstrumentId) => void;
}

/** Giving one instrument, full screen (tablet first): fill in, optional self-report hand-off, review, sign. */
export function AdministerInstrument({ clientId, instrument, episode, onClose, onGive }: Props) {
  const { t } = useTranslation();
  const def = useInstrument(instrument);
  const [selfReporting, setSelfReporting] = useState(false);
  const name = t(`assessments.instruments.${instrument}`);
  return (
    <Modal
      opened
      onClose={onClose}
      fullScreen
      title={def.data?.title ?? name}
      withCloseButton={!selfReporting}
      closeOnEscape={!selfReporting}
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('app.close') }}
      styles={{ title: { fontSize: 'var(--mantine-font-size-xl)', fontWeight: 700 } }}
    >
      <ApiErrorAlert error={def.error} />
      {def.isLoading && (
        <Center>
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {def.data && (
        <Administer
          clientId={clientId}
          def={def.data}
          episode={episode}
          onSelfReporting={setSelfReporting}
          onClose={onClose}
          onGive={onGive}
        />
      )}
    </Modal>
  );
}

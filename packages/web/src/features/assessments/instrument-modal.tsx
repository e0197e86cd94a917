import type { InstrumentId } from '@careloop/core';
import { Center, Loader, Modal } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { Administer, type OpenEpisode } from './administer-instrument.js';
import { useInstrument } from './assessment-queries.js';

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
  // Unsigned answers are not saved anywhere: closing must not throw them away without asking.
  const unsigned = useRef(false);
  const close = () => {
    if (unsigned.current && !window.confirm(t('assessments.discardConfirm'))) return;
    onClose();
  };
  const name = t(`assessments.instruments.${instrument}`);
  return (
    <Modal
      opened
      onClose={close}
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
          onUnsignedChange={(v) => {
            unsigned.current = v;
          }}
          onClose={close}
          onGive={onGive}
        />
      )}
    </Modal>
  );
}

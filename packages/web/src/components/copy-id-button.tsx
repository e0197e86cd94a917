import { ActionIcon, CopyButton, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * A record's full id for investigators (to filter the audit log or quote in a report), kept out of
 * the way of staff who need a name: shown in the tooltip on hover or focus, copied on click.
 */
export function CopyIdButton({ id, label }: { id: string; label: string }) {
  const { t } = useTranslation();
  return (
    <CopyButton value={id}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? t('ids.copied') : id} events={{ hover: true, focus: true, touch: false }} withArrow>
          <ActionIcon variant="subtle" color={copied ? 'teal.9' : 'gray.8'} size="sm" aria-label={label} onClick={copy}>
            {copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}

import type { NoteStatus } from '@careloop/core';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// Shades chosen for AA contrast of small badge text (Mantine's orange and green 9 fall short).
const STYLE: Record<NoteStatus, { color: string; variant: 'filled' | 'outline' }> = {
  draft: { color: 'gray.8', variant: 'outline' },
  signed: { color: 'brand.9', variant: 'filled' },
  awaiting_cosign: { color: 'yellow.4', variant: 'filled' },
};

export function NoteStatusBadge({ status }: { status: NoteStatus }) {
  const { t } = useTranslation();
  return (
    <Badge {...STYLE[status]} autoContrast>
      {t(`notes.status.${status}`)}
    </Badge>
  );
}

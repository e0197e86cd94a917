import type { CaseloadItem } from '@careloop/core';
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format-date.js';
import { deadlineColor, deadlineState } from './advocacy-model.js';
import { useToday } from './advocacy-queries.js';

/** The caseload's line for a client's nearest advocacy deadline, linking to the chart's advocacy tab. */
export function AdvocacyCaseloadNote({ item }: { item: CaseloadItem }) {
  const { t } = useTranslation();
  const today = useToday();
  const d = item.advocacyDeadline;
  if (!d) return null;
  const state = deadlineState({ dueDate: d.dueDate, met: false }, today);
  return (
    <Text size="xs" c={deadlineColor(state)} fw={state.kind === 'later' ? 400 : 700}>
      <Anchor component={Link} to={`/clients/${item.clientId}?tab=advocacy`} inherit c="inherit">
        {state.kind === 'overdue'
          ? t('advocacy.caseloadOverdue', { what: d.what })
          : t('advocacy.caseload', { what: d.what, date: formatDate(d.dueDate) })}
      </Anchor>
    </Text>
  );
}

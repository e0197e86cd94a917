import type { CaseloadItem } from '@careloop/core';
import { Anchor, Badge, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNow } from '../intake/intake-badges.js';
import { TierBadge } from '../risk/tier-badge.js';
import { EngagementBadges } from './engagement-badges.js';
import {
  contactDaysOverdue,
  displayName,
  formatDueDate,
  inReachDue,
  reviewDaysOverdue,
  type SortKey,
  type SortState,
} from './caseload-model.js';

const COLUMNS: readonly SortKey[] = [
  'name',
  'mrn',
  'program',
  'stage',
  'risk',
  'lastContact',
  'nextContact',
  'relation',
];

function SortHeader({ column, sort, onSort }: { column: SortKey; sort: SortState; onSort: (key: SortKey) => void }) {
  const { t } = useTranslation();
  const active = sort.key === column;
  const Icon = !active ? IconArrowsSort : sort.direction === 'ascending' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th aria-sort={active ? sort.direction : 'none'}>
      <UnstyledButton onClick={() => onSort(column)} fw={700} fz="sm">
        <Group gap={4} wrap="nowrap">
          {t(`caseload.columns.${column}`)}
          <Icon size={14} aria-hidden="true" />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

function NextContactCell({ item, timeZone }: { item: CaseloadItem; timeZone: string }) {
  const { t } = useTranslation();
  const now = useNow();
  const days = contactDaysOverdue(item);
  return (
    <Stack gap={0}>
      <Text size="sm">{formatDueDate(item.nextContactDueAt, timeZone)}</Text>
      {days > 0 && (
        <Text size="sm" c="red.9" fw={700}>
          {t('care.overdueBy', { count: days })}
        </Text>
      )}
      {inReachDue(item, now) && (
        <Text size="sm" c="indigo.9" fw={700}>
          {t('engagement.inReachDue')}
        </Text>
      )}
    </Stack>
  );
}

export function CaseloadTable({
  items,
  sort,
  onSort,
  timeZone,
}: {
  items: readonly CaseloadItem[];
  sort: SortState;
  onSort: (key: SortKey) => void;
  timeZone: string;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover aria-label={t('caseload.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((c) => (
              <SortHeader key={c} column={c} sort={sort} onSort={onSort} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => {
            const review = reviewDaysOverdue(i);
            return (
              <Table.Tr key={i.episodeId}>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Anchor component={Link} to={`/clients/${i.clientId}`}>
                      {displayName(i)}
                    </Anchor>
                    {/* Apart from the tier column: an open suicide-risk flag is never folded into the tier. */}
                    {i.suicideRiskFlag && (
                      <Badge size="sm" color="red.9" tt="none">
                        {t('riskCaseload.suicideRisk')}
                      </Badge>
                    )}
                    <EngagementBadges item={i} />
                  </Group>
                </Table.Td>
                <Table.Td>{i.mrn}</Table.Td>
                <Table.Td>
                  <Text size="sm">{i.programName}</Text>
                  <Text size="xs" c="gray.7">
                    {t(`care.models.${i.model}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <Text size="sm">{t(`care.stages.${i.stage}`)}</Text>
                    {i.waitlisted && (
                      <Badge size="sm" color="orange.9">
                        {t('care.waitlisted')}
                      </Badge>
                    )}
                    {review > 0 && (
                      <Text size="xs" c="red.9" fw={700}>
                        {t('care.reviewOverdue', { count: review })}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <TierBadge tier={i.riskTier} withLabel={false} />
                </Table.Td>
                <Table.Td>
                  {i.lastContactAt ? formatDueDate(i.lastContactAt, timeZone) : t('caseload.noContactYet')}
                </Table.Td>
                <Table.Td>
                  <NextContactCell item={i} timeZone={timeZone} />
                </Table.Td>
                <Table.Td>{t(`caseload.relations.${i.relation}`)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import type { CaseloadItem } from '@careloop/core';
import { Anchor, Group, Stack, Table, Text, UnstyledButton, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TierBadge } from '../risk/tier-badge.js';
import { ClientBadges, lastContactText, NextContactCell, StageInfo } from './caseload-cells.js';
import { displayName, type SortKey, type SortState } from './caseload-model.js';

/** Every column, on a wide screen. */
const WIDE_COLUMNS: readonly SortKey[] = [
  'name',
  'mrn',
  'program',
  'stage',
  'risk',
  'lastContact',
  'nextContact',
  'relation',
];
/** The key columns, on a narrower one (a tablet): the others fold into them, each named. */
const FOLDED_COLUMNS: readonly SortKey[] = ['name', 'program', 'risk', 'nextContact'];

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

function CaseloadRow({ item: i, timeZone, wide }: { item: CaseloadItem; timeZone: string; wide: boolean }) {
  const { t } = useTranslation();
  const relation = t(`caseload.relations.${i.relation}`);
  const name = (
    <Stack gap={4} align="flex-start">
      {/* `anywhere` lowers the cell's minimum width: one long name cannot push columns off screen. */}
      <Anchor component={Link} to={`/clients/${i.clientId}`} style={{ overflowWrap: 'anywhere' }}>
        {displayName(i)}
      </Anchor>
      <ClientBadges item={i} />
      {!wide && (
        <Text size="xs" c="gray.7">
          {t('caseload.folded.mrnAndRelation', { mrn: i.mrn, relation })}
        </Text>
      )}
    </Stack>
  );
  const program = (
    <>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {i.programName}
      </Text>
      <Text size="xs" c="gray.7">
        {t(`care.models.${i.model}`)}
      </Text>
    </>
  );
  const risk = <TierBadge tier={i.riskTier} withLabel={false} />;
  const lastContact = lastContactText(i, timeZone, t);
  if (!wide) {
    return (
      <Table.Tr>
        <Table.Td>{name}</Table.Td>
        <Table.Td>
          {program}
          <Stack mt={4}>
            <StageInfo item={i} labelled />
          </Stack>
        </Table.Td>
        <Table.Td>{risk}</Table.Td>
        <Table.Td>
          <NextContactCell item={i} timeZone={timeZone} />
          <Text size="xs" c="gray.7" mt={4}>
            {t('caseload.folded.lastContact', { date: lastContact })}
          </Text>
        </Table.Td>
      </Table.Tr>
    );
  }
  return (
    <Table.Tr>
      <Table.Td>{name}</Table.Td>
      <Table.Td>{i.mrn}</Table.Td>
      <Table.Td>{program}</Table.Td>
      <Table.Td>
        <StageInfo item={i} />
      </Table.Td>
      <Table.Td>{risk}</Table.Td>
      <Table.Td>{lastContact}</Table.Td>
      <Table.Td>
        <NextContactCell item={i} timeZone={timeZone} />
      </Table.Td>
      <Table.Td>{relation}</Table.Td>
    </Table.Tr>
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
  const theme = useMantineTheme();
  // Every column fits from the lg breakpoint (beside the navigation); below it the secondary ones fold.
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints.lg})`, true, { getInitialValueInEffect: false });
  // No minimum width: the table fits its column; only a phone scrolls it sideways.
  return (
    <Table.ScrollContainer minWidth={0}>
      <Table highlightOnHover aria-label={t('caseload.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            {(wide ? WIDE_COLUMNS : FOLDED_COLUMNS).map((c) => (
              <SortHeader key={c} column={c} sort={sort} onSort={onSort} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <CaseloadRow key={i.episodeId} item={i} timeZone={timeZone} wide={wide} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

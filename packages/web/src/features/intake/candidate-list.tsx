import type { DuplicateCandidate } from '@careloop/core';
import { Button, Checkbox, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format-date.js';

interface Props {
  candidates: DuplicateCandidate[];
  /** Text of the pick button (its accessible name adds the name and MRN). */
  pickLabel: 'thisIsThePerson' | 'useThisRecord';
  onPick: (candidate: DuplicateCandidate) => void;
  busy: boolean;
  /** With `confirmed`, each candidate also gets an "is a different person" checkbox. */
  confirmed?: string[];
  onConfirmedChange?: (ids: string[]) => void;
}

/** Existing clients who may be this person: name, MRN, date of birth and why they match. */
export function CandidateList({ candidates, pickLabel, onPick, busy, confirmed, onConfirmedChange }: Props) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      {candidates.map((c) => {
        const name = `${c.firstName} ${c.lastName}${c.preferredName ? ` (${c.preferredName})` : ''}`;
        return (
          <Paper withBorder p="sm" key={c.id}>
            <Stack gap={4}>
              <Text fw={600}>{name}</Text>
              <Text size="sm">{t('intake.mrnDob', { mrn: c.mrn, dob: formatDate(c.dateOfBirth) })}</Text>
              <Text size="sm">{c.reasons.map((r) => t(`duplicates.reasons.${r}`)).join(', ')}</Text>
              <Button
                size="xs"
                variant="default"
                loading={busy}
                onClick={() => onPick(c)}
                aria-label={
                  pickLabel === 'thisIsThePerson'
                    ? t('intake.thisIsThePersonNamed', { name, mrn: c.mrn })
                    : t('intake.useThisRecord', { name, mrn: c.mrn })
                }
              >
                {pickLabel === 'thisIsThePerson'
                  ? t('intake.thisIsThePerson')
                  : t('intake.useThisRecord', { name, mrn: c.mrn })}
              </Button>
              {confirmed && onConfirmedChange && (
                <Checkbox
                  label={t('intake.confirmDifferent', { name, mrn: c.mrn })}
                  checked={confirmed.includes(c.id)}
                  onChange={(e) =>
                    onConfirmedChange(
                      e.currentTarget.checked ? [...confirmed, c.id] : confirmed.filter((id) => id !== c.id),
                    )
                  }
                />
              )}
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}

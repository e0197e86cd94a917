import type { CarePlanView, PlanReviewView } from '@careloop/core';
import { Fragment, useState } from 'react';
import { Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { ReviewDetails } from './review-details.js';

/** Past reviews, newest first; each opens to show the progress and rating per goal. */
export function ReviewHistory({
  reviews,
  plans,
}: {
  reviews: readonly PlanReviewView[];
  plans: readonly CarePlanView[];
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const [open, setOpen] = useState<string | null>(null);
  if (reviews.length === 0) return <Text>{t('planReview.historyEmpty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table aria-label={t('planReview.historyLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('planReview.date')}</Table.Th>
            <Table.Th>{t('planReview.version')}</Table.Th>
            <Table.Th>{t('planReview.reviewer')}</Table.Th>
            <Table.Th>{t('planReview.tScore')}</Table.Th>
            <Table.Th>{t('planReview.comments')}</Table.Th>
            <Table.Th>{t('planReview.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reviews.map((r) => {
            const date = formatDateTime(r.reviewedAt, timeZone);
            const expanded = open === r.id;
            const detailsId = `review-details-${r.id}`;
            return (
              <Fragment key={r.id}>
                <Table.Tr>
                  <Table.Td>{date}</Table.Td>
                  <Table.Td>{t('planReview.versionN', { n: r.versionNumber })}</Table.Td>
                  <Table.Td>{r.reviewedByName ?? t('app.none')}</Table.Td>
                  <Table.Td>{r.gasTScore === null ? t('app.none') : r.gasTScore.toFixed(2)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {r.clientComments ?? t('app.none')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      variant="default"
                      size="xs"
                      aria-expanded={expanded}
                      aria-controls={expanded ? detailsId : undefined}
                      aria-label={t('planReview.detailsOf', { date })}
                      onClick={() => setOpen(expanded ? null : r.id)}
                    >
                      {t('planReview.details')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr id={detailsId}>
                    <Table.Td colSpan={6}>
                      <Stack gap="xs">
                        <ReviewDetails review={r} plan={plans.find((p) => p.id === r.planId)} />
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

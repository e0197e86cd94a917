import type { DuplicateWarning } from '@careloop/core';
import { Alert, List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What the client already has that the new referral may duplicate: provider, category, status. */
export function DuplicateWarningList({
  warnings,
  title,
  intro,
  children,
}: {
  warnings: readonly DuplicateWarning[];
  title: string;
  intro: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  if (!warnings.length) return null;
  return (
    <Alert color="orange" title={title} role="alert">
      <Text size="sm">{intro}</Text>
      <List size="sm" mt={4} mb="xs">
        {warnings.map((w) => (
          <List.Item key={w.referralId}>
            {t('referrals.duplicateLine', {
              provider: w.providerName,
              category: t(`carePlan.categories.${w.category}`),
              status: t(`referrals.statuses.${w.status}`),
              match: t(`referrals.match.${w.match}`),
            })}
          </List.Item>
        ))}
      </List>
      {children}
    </Alert>
  );
}

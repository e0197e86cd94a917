import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * When nothing fits (none exists, full, not eligible): go record an unmet need in the chart's
 * advocacy tab, where the unmet needs are kept. (Advocacy's `UnmetNeedDialog` could open here in
 * place, with the category and the chosen service preset, once both are in one build.)
 */
export function UnmetNeedLink({ clientId, onLeave }: { clientId: string; onLeave: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light" p="xs">
      <Text size="sm">
        {t('referrals.create.nothingFits')}{' '}
        <Anchor component={Link} to={`/clients/${clientId}?tab=advocacy`} onClick={onLeave}>
          {t('referrals.create.recordUnmetNeed')}
        </Anchor>
      </Text>
    </Alert>
  );
}

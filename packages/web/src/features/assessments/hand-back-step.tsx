import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  headingRef: RefObject<HTMLHeadingElement | null>;
  onConfirm: () => void;
  onReturn: () => void;
}

/** What the client sees while holding the device: the questions and a way to hand back, nothing else. */
export function SelfReportView({ children, onDone }: { children: ReactNode; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Text size="lg">{t('assessments.selfReport.intro')}</Text>
      {children}
      <Group>
        <Button size="lg" onClick={onDone}>
          {t('assessments.selfReport.done')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Between the client's answers and the staff review: the staff member confirms they hold the device again. */
export function HandBackStep({ headingRef, onConfirm, onReturn }: Props) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={3} ref={headingRef} tabIndex={-1}>
        {t('assessments.selfReport.handBackTitle')}
      </Title>
      <Alert color="blue">
        <Text size="lg">{t('assessments.selfReport.handBackBody')}</Text>
      </Alert>
      <Group>
        <Button size="lg" onClick={onConfirm}>
          {t('assessments.selfReport.confirm')}
        </Button>
        <Button size="lg" variant="default" onClick={onReturn}>
          {t('assessments.selfReport.returnToClient')}
        </Button>
      </Group>
    </Stack>
  );
}

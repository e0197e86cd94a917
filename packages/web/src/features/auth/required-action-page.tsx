import type { SignInRestriction } from '@careloop/core';
import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session.js';
import { ChangePasswordForm } from './change-password-form.js';
import { MfaEnrolment } from './mfa-enrolment.js';

/**
 * What a signed-in user must do before anything else: replace a password an admin set, or set up
 * two-step sign-in where the organisation requires it. The server refuses other pages meanwhile.
 */
export function RequiredActionPage({ action }: { action: SignInRestriction }) {
  const { t } = useTranslation();
  const { refresh, signOut } = useSession();
  const password = action === 'password_change_required';
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={560}>
        <Stack>
          <Title order={1} size="h2">
            {password ? t('account.requiredPasswordTitle') : t('account.requiredMfaTitle')}
          </Title>
          <Text size="sm">{password ? t('account.requiredPasswordBody') : t('account.requiredMfaBody')}</Text>
          {password ? <ChangePasswordForm onChanged={refresh} /> : <MfaEnrolment onDone={refresh} />}
          <Button variant="subtle" onClick={() => void signOut()} style={{ alignSelf: 'flex-start' }}>
            {t('user.signOut')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}

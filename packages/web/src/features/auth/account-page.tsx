import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session.js';
import { notify } from '../../components/notify.js';
import { ChangePasswordForm } from './change-password-form.js';
import { MfaEnrolment } from './mfa-enrolment.js';
import { SessionsCard } from './sessions-card.js';

/** Your own sign-in: password, two-step sign-in and the sessions you have open. */
export function AccountPage() {
  const { t } = useTranslation();
  const { me, refresh } = useSession();
  const queryClient = useQueryClient();
  return (
    <Stack>
      <Title order={1}>{t('account.title')}</Title>
      <Paper withBorder p="md" component="section" aria-labelledby="account-password">
        <Title order={2} size="h3" mb="sm" id="account-password">
          {t('account.passwordTitle')}
        </Title>
        <ChangePasswordForm
          onChanged={async () => {
            notify(t('account.passwordChanged'));
            await queryClient.invalidateQueries({ queryKey: ['auth-sessions'] });
          }}
        />
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="account-mfa">
        <Title order={2} size="h3" mb="sm" id="account-mfa">
          {t('account.mfaTitle')}
        </Title>
        <Text size="sm" mb="sm">
          {me?.mfaEnabled ? t('account.mfaOn') : t('account.mfaOff')}
        </Text>
        {!me?.mfaEnabled && <MfaEnrolment onDone={refresh} />}
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="account-sessions">
        <Title order={2} size="h3" mb="sm" id="account-sessions">
          {t('account.sessionsTitle')}
        </Title>
        <SessionsCard />
      </Paper>
    </Stack>
  );
}

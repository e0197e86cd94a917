import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../lib/session.js';

const WARN_BEFORE_MS = 2 * 60 * 1000;

function mmss(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Counts down to the idle timeout; at zero the re-authentication dialog takes over. */
export function SessionExpiryWarning() {
  const { t } = useTranslation();
  const { me, idleExpiresAt, reauthRequired, keepAlive, requireReauth, signOut } = useSession();
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const remaining = idleExpiresAt === null ? Infinity : idleExpiresAt - now;
  useEffect(() => {
    if (me && !reauthRequired && remaining <= 0) requireReauth();
  }, [me, reauthRequired, remaining, requireReauth]);

  const opened = !!me && !reauthRequired && remaining > 0 && remaining <= WARN_BEFORE_MS;
  return (
    <Modal
      opened={opened}
      onClose={() => void keepAlive()}
      title={t('session.expiringTitle')}
      centered
      zIndex={1000}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Text size="sm" mb="md" aria-live="polite">
        {t('session.expiringBody', { time: mmss(remaining) })}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => void signOut()}>
          {t('user.signOut')}
        </Button>
        <Button onClick={() => void keepAlive()} data-autofocus>
          {t('session.stay')}
        </Button>
      </Group>
    </Modal>
  );
}

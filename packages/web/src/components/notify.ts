import { notifications } from '@mantine/notifications';
import i18next from 'i18next';

/** A short confirmation toast whose close button has an accessible name. */
export function notify(message: string): void {
  notifications.show({ message, closeButtonProps: { 'aria-label': i18next.t('app.close') } });
}

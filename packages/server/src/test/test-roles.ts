import { asRole } from '../db/database.js';
import { DB_ROLES } from '../db/roles.js';

/** Fixed, so parallel runs sharing one cluster (CI's PostgreSQL) agree on it. */
export const TEST_APP_PASSWORD = 'test-only-app-password';

/** The same test database, connected as the least-privileged app role. */
export function asAppRole(ownerUrl: string): string {
  return asRole(ownerUrl, DB_ROLES.app, TEST_APP_PASSWORD);
}

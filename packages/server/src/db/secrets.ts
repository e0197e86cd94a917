import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface InstallSecrets {
  dbPassword: string;
  sessionSecret: string;
}

/**
 * Per-install secrets for embedded mode, generated once and kept in a 0600 file in DATA_DIR.
 * Production (DATABASE_URL) takes SESSION_SECRET from the environment instead.
 */
export function loadOrCreateSecrets(dataDir: string): InstallSecrets {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, 'secrets.json');
  if (fs.existsSync(file)) {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<InstallSecrets>;
    if (parsed.dbPassword && parsed.sessionSecret) {
      fs.chmodSync(file, 0o600);
      return { dbPassword: parsed.dbPassword, sessionSecret: parsed.sessionSecret };
    }
  }
  const secrets: InstallSecrets = {
    dbPassword: randomBytes(24).toString('base64url'),
    sessionSecret: randomBytes(48).toString('base64url'),
  };
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

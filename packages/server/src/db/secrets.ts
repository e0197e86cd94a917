import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface InstallSecrets {
  /** The embedded cluster's owner (`careloop`, superuser): migrations and the demo reset. */
  dbPassword: string;
  /** The least-privileged role the app itself connects as (`careloop_app`). */
  appDbPassword: string;
  sessionSecret: string;
}

const generate = (bytes: number) => randomBytes(bytes).toString('base64url');

/**
 * Per-install secrets for embedded mode, generated once and kept in a 0600 file in DATA_DIR.
 * Production (DATABASE_URL) takes SESSION_SECRET from the environment instead. A file from an
 * older version gains the fields it lacks and keeps the ones it has.
 */
export function loadOrCreateSecrets(dataDir: string): InstallSecrets {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, 'secrets.json');
  let parsed: Partial<InstallSecrets> = {};
  if (fs.existsSync(file)) {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<InstallSecrets>;
    if (parsed.dbPassword && parsed.sessionSecret && parsed.appDbPassword) {
      fs.chmodSync(file, 0o600);
      return {
        dbPassword: parsed.dbPassword,
        appDbPassword: parsed.appDbPassword,
        sessionSecret: parsed.sessionSecret,
      };
    }
  }
  const secrets: InstallSecrets = {
    ...parsed,
    dbPassword: parsed.dbPassword || generate(24),
    appDbPassword: parsed.appDbPassword || generate(24),
    sessionSecret: parsed.sessionSecret || generate(48),
  };
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  fs.renameSync(tmp, file);
  return secrets;
}

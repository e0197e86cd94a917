import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { asRole } from '../db/database.js';
import { DB_ROLES, ensureRoles } from '../db/roles.js';

/**
 * For DATABASE_URL deployments: creates the roles Careloop runs with, as an administrator
 * (superuser or CREATEROLE), and prints what to set. Run again to rotate the app's password.
 */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { owner: { type: 'string' }, 'app-password': { type: 'string' } },
});
const adminUrl = positionals[0];
if (!adminUrl) {
  console.error(
    'Usage: npm run db:setup-roles -- <admin-url> [--owner <role>] [--app-password <password>]\n' +
      '  <admin-url>: postgres://<superuser or CREATEROLE role>@host:5432/<careloop database>\n' +
      "  --owner: the role that runs migrations and owns the tables (default: the database's owner)",
  );
  process.exit(2);
}
const client = new pg.Client({ connectionString: adminUrl });
try {
  await client.connect();
  const db = await client.query<{ name: string; owner: string }>(
    'select current_database() as name, pg_get_userbyid(datdba) as owner from pg_database where datname = current_database()',
  );
  const { name, owner: dbOwner } = db.rows[0]!;
  const owner = values.owner ?? dbOwner;
  const appPassword = values['app-password'] ?? randomBytes(24).toString('base64url');
  await ensureRoles(client, { appPassword, ownerRole: owner });
  await client.query(`grant connect on database ${client.escapeIdentifier(name)} to ${DB_ROLES.app}`);
  // Databases made before PostgreSQL 15 let everyone create in public; the app must not.
  await client.query('revoke create on schema public from public');
  await client.query(`grant usage, create on schema public to ${client.escapeIdentifier(owner)}`);
  const ownerUrl = new URL(adminUrl);
  console.log(
    [
      `Roles ready: ${DB_ROLES.app} (login), ${DB_ROLES.sealer} and ${DB_ROLES.purge} (no login); ` +
        `${owner} runs migrations and may act as each.`,
      '',
      'Set for the app (keep these out of the repository):',
      `  DATABASE_URL=${asRole(adminUrl, DB_ROLES.app, appPassword)}`,
      `  DATABASE_OWNER_URL=postgres://${owner}:<owner password>@${ownerUrl.host}${ownerUrl.pathname}`,
      `  AUDIT_HMAC_KEY=${randomBytes(32).toString('base64url')}   (or AUDIT_KEY_FILE; never inside the database)`,
      '  AUDIT_CHECKPOINT_DIR=<a directory on another disk or host mount than the database>',
    ].join('\n'),
  );
} catch (err) {
  console.error(`Role setup failed: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await client.end().catch(() => undefined);
}

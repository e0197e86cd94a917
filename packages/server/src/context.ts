import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Database } from './db/database.js';

/** Everything a request handler or job needs, passed explicitly (no global singletons). */
export interface AppContext {
  config: Config;
  database: Database;
  logger: Logger;
  now: () => Date;
  isCommonPassword: (lowercased: string) => boolean;
}

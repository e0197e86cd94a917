import { findUnstorableText, unstorableTextMessage } from '@careloop/core';
import { validationFailed } from './errors.js';
import type { App } from './route-types.js';

/**
 * One check for every text field of every route, before its schema runs: PostgreSQL cannot store
 * NUL, and a lone surrogate would be stored as a replacement character. Refused as input (400,
 * the field named), never reaching the database as a 500.
 */
export function installStorableInputCheck(app: App): void {
  app.addHook('preValidation', (req, _reply, done) => {
    for (const [where, value] of [
      ['body', req.body],
      ['query', req.query],
      ['params', req.params],
    ] as const) {
      const bad = findUnstorableText(value);
      if (bad.length > 0) {
        done(validationFailed(bad.map((b) => ({ path: b.path || where, message: unstorableTextMessage(b.reason) }))));
        return;
      }
    }
    done();
  });
}

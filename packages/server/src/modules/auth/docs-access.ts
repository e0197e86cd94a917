import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import { loadSession } from './session.store.js';
import { cookieNames } from './cookies.js';
import { sessionIdFor } from './session-token.js';
import { unauthenticated } from '../../http/errors.js';

/**
 * In production the API description (every route and field) is for signed-in staff only. The docs
 * routes run before the app's session hook, so the cookie is checked here.
 */
export function docsAccessHook(ctx: AppContext) {
  const cookieName = cookieNames(ctx.config).session;
  const check = async (req: FastifyRequest): Promise<void> => {
    if (!ctx.config.production) return;
    const token = req.cookies[cookieName];
    const session = token
      ? await loadSession(
          ctx.database.db,
          sessionIdFor(token, ctx.database.sessionSecret),
          ctx.now(),
          ctx.config.session,
        )
      : null;
    if (!session) throw unauthenticated();
  };
  // Callback style: the plugin's hook option is typed for it.
  return (req: FastifyRequest, _reply: FastifyReply, done: (err?: Error) => void): void => {
    check(req).then(() => done(), done);
  };
}

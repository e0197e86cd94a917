import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import type { DbOrTx } from '../db/database.js';
import { AppError, validationFailed } from './errors.js';
import { idempotencyKeys } from './idempotency.schema.js';

/** How long the first answer to a key is replayed. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** A key still marked in flight after this long belongs to a request that died: it may be taken over. */
const ABANDONED_AFTER_MS = 2 * 60 * 1000;
const HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;
// Headers a create sets that belong to its answer (ETag carries the new record's version).
const REPLAYED_HEADERS = ['etag', 'location'] as const;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** false: a POST that creates nothing (a search, sign-in) ignores Idempotency-Key. */
    idempotent?: boolean;
  }
  interface FastifyRequest {
    idempotency: { organizationId: string; userId: string; route: string; key: string } | null;
  }
}

/** Body + params + query: the same key with a different request is a client bug, not a retry. */
function fingerprint(req: FastifyRequest): string {
  return createHash('sha256')
    .update(JSON.stringify([req.params ?? null, req.query ?? null, req.body ?? null]))
    .digest('hex');
}

function readKey(req: FastifyRequest): string | null {
  const raw = req.headers[HEADER];
  if (raw === undefined) return null;
  if (typeof raw !== 'string' || !KEY_PATTERN.test(raw)) {
    throw validationFailed([
      { path: 'Idempotency-Key', message: 'Send 1 to 200 visible ASCII characters (a UUID is best).' },
    ]);
  }
  return raw;
}

const scopeOf = (s: NonNullable<FastifyRequest['idempotency']>) =>
  and(
    eq(idempotencyKeys.organizationId, s.organizationId),
    eq(idempotencyKeys.userId, s.userId),
    eq(idempotencyKeys.route, s.route),
    eq(idempotencyKeys.key, s.key),
  );

/** Rows older than 24 h: the periodic purge (a read also ignores and replaces them). */
export async function purgeIdempotencyKeys(db: DbOrTx, now: Date): Promise<number> {
  const gone = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_TTL_MS)))
    .returning({ key: idempotencyKeys.key });
  return gone.length;
}

/** The signed-in user a key belongs to. */
export interface IdempotencyRequester {
  organizationId: string;
  userId: string;
}

/**
 * Idempotency-Key on every POST under /api/ by a signed-in user: the first successful (2xx)
 * answer is stored and replayed for 24 h to the same (organisation, user, route, key); the same
 * key with another body is 422; a duplicate while the first is running is 409. Errors are not
 * stored, so a failed request may be retried with its key. Runs after validation (a 400 never
 * takes a key) and before the handler.
 */
export function installIdempotency(
  app: FastifyInstance,
  ctx: AppContext,
  /** Who is asking (the platform knows no sessions: the assembly says how to tell). */
  requester: (req: FastifyRequest) => IdempotencyRequester | null,
): void {
  const db = ctx.database.db;
  app.decorateRequest('idempotency', null);

  app.addHook('preHandler', async (req, reply) => {
    if (req.method !== 'POST' || req.routeOptions.config.idempotent === false) return;
    const who = requester(req);
    if (!who) return;
    if (!(req.routeOptions.url ?? '').startsWith('/api/')) return;
    const key = readKey(req);
    if (key === null) return;
    const scope = {
      organizationId: who.organizationId,
      userId: who.userId,
      route: `${req.method} ${req.routeOptions.url ?? ''}`,
      key,
    };
    const now = ctx.now();
    const print = fingerprint(req);
    // Expired or abandoned in-flight rows of this key give way to this request.
    await db.delete(idempotencyKeys).where(
      and(
        scopeOf(scope),
        sql`(${idempotencyKeys.createdAt} < ${new Date(now.getTime() - IDEMPOTENCY_TTL_MS)}
               or (${idempotencyKeys.statusCode} is null and ${idempotencyKeys.createdAt} < ${new Date(now.getTime() - ABANDONED_AFTER_MS)}))`,
      ),
    );
    const claimed = await db
      .insert(idempotencyKeys)
      .values({ ...scope, fingerprint: print, createdAt: now })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (claimed.length > 0) {
      req.idempotency = scope;
      return;
    }
    const [first] = await db.select().from(idempotencyKeys).where(scopeOf(scope));
    if (!first) throw new AppError(409, 'idempotency_in_progress', 'This request is still being processed. Try again.');
    if (first.statusCode === null || first.responseBody === null) {
      throw new AppError(
        409,
        'idempotency_in_progress',
        'This request is still being processed. Try again.',
        undefined,
        {
          'retry-after': '1',
        },
      );
    }
    if (first.fingerprint !== print) {
      throw new AppError(
        422,
        'idempotency_key_reused',
        'This Idempotency-Key was used for a different request. Send a new key for a new submission.',
      );
    }
    return replay(reply, first.statusCode, first.responseBody, first.responseHeaders);
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const scope = req.idempotency;
    if (!scope) return payload;
    req.idempotency = null;
    try {
      if (reply.statusCode >= 200 && reply.statusCode < 300 && typeof payload === 'string') {
        const headers: Record<string, string> = {};
        for (const name of REPLAYED_HEADERS) {
          const v = reply.getHeader(name);
          if (typeof v === 'string') headers[name] = v;
        }
        await db
          .update(idempotencyKeys)
          .set({ statusCode: reply.statusCode, responseBody: payload, responseHeaders: headers })
          .where(scopeOf(scope));
      } else {
        await db.delete(idempotencyKeys).where(scopeOf(scope));
      }
    } catch (err) {
      // The answer itself stands; a retry then runs again (or meets 409 until the row expires).
      req.log.error({ code: (err as { code?: string }).code ?? null }, 'idempotency record failed');
    }
    return payload;
  });

  // A request that ends without a reply being sent (client gone) releases its key.
  app.addHook('onResponse', async (req) => {
    const scope = req.idempotency;
    if (!scope) return;
    req.idempotency = null;
    await db
      .delete(idempotencyKeys)
      .where(and(scopeOf(scope), sql`${idempotencyKeys.statusCode} is null`))
      .catch(() => undefined);
  });
}

function replay(reply: FastifyReply, status: number, body: string, headers: Record<string, string>): FastifyReply {
  return reply
    .code(status)
    .headers({ ...headers, 'idempotent-replayed': 'true', 'content-type': 'application/json; charset=utf-8' })
    .send(body);
}

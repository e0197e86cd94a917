import {
  INSTRUMENTS,
  InstrumentIds,
  scorePreviewBody,
  scoreView,
  withLicensedWording,
  type InstrumentId,
} from '@careloop/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { requestMeta } from '../auth/request-auth.js';
import type { App } from '../../http/route-types.js';
import { scoreOrReject } from './instrument-scoring.js';
import { loadedWording, saveWording } from './wording.service.js';

const instrumentParams = z.object({ id: z.enum(InstrumentIds, { message: 'Unknown instrument.' }) });

export function instrumentsRoutes(app: App, ctx: AppContext): void {
  const tags = ['instruments'];

  /** Stateless preview: nothing stored, nothing about a client, so no audit row. */
  app.post(
    '/api/instruments/:id/score',
    { schema: { tags, params: instrumentParams, body: scorePreviewBody, response: { 200: scoreView } } },
    async (req) => {
      await guard(ctx, req, 'instruments.use');
      const { ruleSet: _r, ...view } = scoreOrReject(req.params.id, req.body.answers);
      return view;
    },
  );

  /** Definitions to render forms; C-SSRS carries wording only when the agency loaded its licence. */
  app.get('/api/instruments/:id', { schema: { tags, params: instrumentParams } }, async (req) => {
    const auth = await guard(ctx, req, 'instruments.use');
    const id: InstrumentId = req.params.id;
    const def = INSTRUMENTS[id];
    if (def.embedWording) return def;
    const wording = await loadedWording(ctx.database.db, auth.actor.organizationId, id);
    return wording ? withLicensedWording(def, wording) : def;
  });

  app.put(
    '/api/admin/instrument-wording/:id',
    {
      schema: {
        tags,
        params: instrumentParams,
        body: z.object({
          wording: z.record(z.string(), z.string().max(1000)),
          licenceNote: z.string().trim().min(10, 'Record the licence or permission (who granted it, when).').max(2000),
        }),
      },
    },
    async (req, reply) => {
      const auth = await guard(ctx, req, 'instruments.manage');
      await saveWording(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
      reply.code(204);
    },
  );
}

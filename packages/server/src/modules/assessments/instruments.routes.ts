import { endpoints, INSTRUMENTS, withLicensedWording, type InstrumentId } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { requestMeta } from '../auth/request-auth.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { scoreOrReject } from './instrument-scoring.js';
import { loadedWording, saveWording } from './wording.service.js';

export function instrumentsRoutes(app: App, ctx: AppContext): void {
  const tags = ['instruments'];
  const api = endpoints.assessments;

  /** Stateless preview: nothing stored, nothing about a client, so no audit row. */
  route(app, api.scoreInstrument, { tags }, async (req) => {
    await guard(ctx, req, 'instruments.use');
    const { ruleSet: _r, ...view } = scoreOrReject(req.params.id, req.body.answers);
    return view;
  });

  /** Definitions to render forms; C-SSRS carries wording only when the agency loaded its licence. */
  route(app, api.instrument, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'instruments.use');
    const id: InstrumentId = req.params.id;
    const def = INSTRUMENTS[id];
    if (def.embedWording) return def;
    const wording = await loadedWording(ctx.database.db, auth.actor.organizationId, id);
    return wording ? withLicensedWording(def, wording) : def;
  });

  route(app, api.loadWording, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'instruments.manage');
    await saveWording(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
    reply.code(204);
  });
}

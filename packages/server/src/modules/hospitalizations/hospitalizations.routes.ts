import { endpoints, scoreFuh } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { expectedVersion } from '../../http/concurrency.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { guard } from '../access/guard.js';
import { requestMeta, requireAuth } from '../auth/request-auth.js';
import { hospitalizationClient } from './hospitalization-lookup.js';
import { listHospitalizations, postDischargeList } from './hospitalization-reads.service.js';
import { hospitalizationSettingsOf, saveHospitalizationSettings } from './hospitalization-settings.service.js';
import { createHospitalization, updateHospitalization } from './hospitalizations.service.js';

/** Hospital stays and ED visits, the post-discharge worklist, and the FUH calculator. */
export function hospitalizationsRoutes(app: App, ctx: AppContext): void {
  const tags = ['hospitalizations'];
  const api = endpoints.hospitalizations;

  /** Stateless like the instrument score preview: nothing stored, no client, so no audit row. */
  route(app, api.fuh, { tags }, async (req) => {
    await guard(ctx, req, 'instruments.use');
    return scoreFuh(req.body);
  });

  route(app, api.create, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'client.update', req.params.id);
    const view = await createHospitalization(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
    reply.code(201);
    return view;
  });

  route(app, api.listForClient, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'client.read', req.params.id);
    return { items: await listHospitalizations(ctx, auth.actor, req.params.id, requestMeta(req)) };
  });

  route(app, api.update, { tags }, async (req) => {
    const orgId = requireAuth(req).actor.organizationId;
    const { clientId } = await hospitalizationClient(ctx.database.db, orgId, req.params.id);
    const auth = await guard(ctx, req, 'client.update', clientId);
    return updateHospitalization(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
  });

  // Supervisors see the clients of the programs they supervise, admins the whole agency.
  route(app, api.postDischarge, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'reports.read');
    return { items: await postDischargeList(ctx, auth.actor, requestMeta(req)) };
  });

  route(app, api.settings, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'programs.read');
    return hospitalizationSettingsOf(ctx.database.db, auth.actor.organizationId);
  });

  route(app, api.saveSettings, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'hospitalization_settings.manage');
    const version = expectedVersion(req, req.body.version);
    return saveHospitalizationSettings(ctx, auth.actor, req.body, version, requestMeta(req));
  });
}

import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { requestMeta } from '../auth/request-auth.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { getOrgSettings, updateOrgSettings } from './org-settings.service.js';

export function organizationsRoutes(app: App, ctx: AppContext): void {
  const tags = ['organization'];
  const api = endpoints.organizations;

  route(app, api.settings, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'org_settings.manage');
    const view = await getOrgSettings(ctx, auth.actor);
    setEtag(reply, view.version);
    return view;
  });

  route(app, api.updateSettings, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'org_settings.manage');
    const version = expectedVersion(req, req.body.version);
    const view = await updateOrgSettings(ctx, auth.actor, req.body, version, requestMeta(req));
    setEtag(reply, view.version);
    return view;
  });
}

import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { guard } from '../access/guard.js';
import { requestMeta, requireAuth } from '../auth/request-auth.js';
import {
  checkDuplicates,
  listClientReferrals,
  readBoard,
  readReferral,
  readSettings,
} from './referral-reads.service.js';
import { saveSettings } from './referral-settings.service.js';
import { referralClient } from './referral-view.js';
import {
  changeReferralStatus,
  checkInReferral,
  createReferral,
  revokeReferralLink,
  sendReferral,
} from './referrals.service.js';

/** Staff side of referrals out: the chart's read/write policy decides, every call is audited. */
export function referralsRoutes(app: App, ctx: AppContext): void {
  const tags = ['referrals'];
  const api = endpoints.referrals;
  // The client a referral is about (404 outside the organisation), for the one policy check.
  const clientOf = (req: Parameters<typeof requireAuth>[0], id: string) =>
    referralClient(ctx.database.db, requireAuth(req).actor.organizationId, id);

  route(app, api.create, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'client.update', req.params.id);
    const view = await createReferral(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
    reply.code(201);
    setEtag(reply, view.version);
    return view;
  });

  route(app, api.listForClient, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'client.read', req.params.id);
    return { items: await listClientReferrals(ctx, auth.actor, req.params.id, requestMeta(req)) };
  });

  route(app, api.duplicates, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'client.read', req.params.id);
    return { warnings: await checkDuplicates(ctx, auth.actor, req.params.id, req.query, requestMeta(req)) };
  });

  route(app, api.get, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'client.read', await clientOf(req, req.params.id));
    const view = await readReferral(ctx, auth.actor, req.params.id, requestMeta(req));
    setEtag(reply, view.version);
    return view;
  });

  route(app, api.setStatus, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'client.update', await clientOf(req, req.params.id));
    const version = expectedVersion(req, req.body.version);
    const view = await changeReferralStatus(ctx, auth.actor, req.params.id, req.body, version, requestMeta(req));
    setEtag(reply, view.version);
    return view;
  });

  route(app, api.send, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'client.update', await clientOf(req, req.params.id));
    return sendReferral(ctx, auth.actor, req.params.id, requestMeta(req));
  });

  route(app, api.revokeLink, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'client.update', await clientOf(req, req.params.id));
    return revokeReferralLink(ctx, auth.actor, req.params.id, requestMeta(req));
  });

  route(app, api.checkIn, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'client.update', await clientOf(req, req.params.id));
    return checkInReferral(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
  });

  route(app, api.board, { tags }, async (req) => {
    const auth = await guard(ctx, req, req.query.scope === 'team' ? 'caseload.supervise' : 'caseload.read_own');
    return { items: await readBoard(ctx, auth.actor, req.query, requestMeta(req)) };
  });

  route(app, api.settings, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'programs.read');
    return readSettings(ctx, auth.actor, requestMeta(req));
  });

  route(app, api.saveSettings, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'referral_settings.manage');
    const version = expectedVersion(req, req.body.version);
    return saveSettings(ctx, auth.actor, req.body, version, requestMeta(req));
  });
}

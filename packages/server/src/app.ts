import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppContext } from './context.js';
import { expectedMigrationCount } from './db/migrate.js';
import { AppError } from './http/errors.js';
import { clientErrorHandler, frameworkErrors, installErrorHandling } from './http/error-handler.js';
import { installIdempotency } from './http/idempotency.js';
import { installStorableInputCheck } from './http/storable-input.js';
import { installRequestAuth } from './modules/auth/request-auth.js';
import type { App } from './http/route-types.js';
import { adminApprovalsRoutes } from './modules/admin-approvals/admin-approvals.routes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { docsAccessHook } from './modules/auth/docs-access.js';
import { mfaResetRoutes } from './modules/auth/mfa-reset.routes.js';
import { clientsRoutes } from './modules/clients/clients.routes.js';
import { duplicatesRoutes } from './modules/clients/duplicates.routes.js';
import { supportContactsRoutes } from './modules/clients/support-contacts.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { programsRoutes } from './modules/programs/programs.routes.js';
import { usersRoutes } from './modules/users/users.routes.js';
import { staffRoutes } from './modules/users/staff.routes.js';
import { organizationsRoutes } from './modules/organizations/organizations.routes.js';
import { intakesRoutes } from './modules/intakes/intakes.routes.js';
import { publicRoutes } from './modules/public/public.routes.js';
import { episodesRoutes } from './modules/episodes/episodes.routes.js';
import { careTeamRoutes } from './modules/episodes/care-team.routes.js';
import { caseloadRoutes } from './modules/caseload/caseload.routes.js';
import { instrumentsRoutes } from './modules/assessments/instruments.routes.js';
import { assessmentsRoutes } from './modules/assessments/assessments.routes.js';
import { alertsRoutes } from './modules/assessments/alerts.routes.js';
import { tasksRoutes } from './modules/tasks/tasks.routes.js';
import { notificationsRoutes } from './modules/notifications/notifications.routes.js';
import { carePlansRoutes } from './modules/careplans/careplans.routes.js';
import { contactsRoutes } from './modules/contacts/contacts.routes.js';
import { notesRoutes } from './modules/contacts/notes.routes.js';
import { timelineRoutes } from './modules/timeline/timeline.routes.js';
import { whereaboutsRoutes } from './modules/engagement/whereabouts.routes.js';
import { referralsRoutes } from './modules/referrals/referrals.routes.js';
import { partnerRoutes } from './modules/referrals/partner.routes.js';
import { directoryRoutes } from './modules/directory/directory.routes.js';
import { advocacyRoutes } from './modules/advocacy/advocacy.routes.js';
import { safetyRoutes } from './modules/safety/safety.routes.js';
import { coverageRoutes } from './modules/coverage/coverage.routes.js';
import { hospitalizationsRoutes } from './modules/hospitalizations/hospitalizations.routes.js';
import { crisisRoutes } from './modules/crisis/crisis.routes.js';
import { transitionsRoutes } from './modules/transitions/transitions.routes.js';
import { unmetNeedsRoutes } from './modules/unmet-needs/unmet-needs.routes.js';

/** Build the HTTP app from a context; listening is the caller's business. */
export async function buildApp(ctx: AppContext): Promise<App> {
  const logger: FastifyBaseLogger = ctx.logger; // widen pino's Logger to what route types expect
  const app = Fastify({
    loggerInstance: logger,
    genReqId: () => randomUUID(),
    trustProxy: ctx.config.trustProxy,
    bodyLimit: 1024 * 1024,
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  installStorableInputCheck(app);
  // API answers carry client data and session state: no browser or proxy may keep a copy.
  app.addHook('onSend', async (req, reply) => {
    if (/^\/api(\/|\?|$)/.test(req.url)) reply.header('cache-control', 'no-store');
  });

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine injects its CSS variables as a <style> element at runtime.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_req, context) =>
      new AppError(429, 'rate_limited', 'Too many requests. Wait a moment and try again.', {
        retryAfterSeconds: Math.ceil(context.ttl / 1000),
      }),
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Careloop API', version: '0.1.0', description: 'Case management for community mental health.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'careloop_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    uiHooks: { onRequest: docsAccessHook(ctx) },
  });

  installRequestAuth(app, ctx);
  installIdempotency(app, ctx, (req) => req.auth?.actor ?? null);

  healthRoutes(app, ctx, expectedMigrationCount());
  authRoutes(app, ctx);
  mfaResetRoutes(app, ctx);
  usersRoutes(app, ctx);
  adminApprovalsRoutes(app, ctx);
  auditRoutes(app, ctx);
  programsRoutes(app, ctx);
  clientsRoutes(app, ctx);
  supportContactsRoutes(app, ctx);
  duplicatesRoutes(app, ctx);
  staffRoutes(app, ctx);
  organizationsRoutes(app, ctx);
  intakesRoutes(app, ctx);
  publicRoutes(app, ctx);
  episodesRoutes(app, ctx);
  careTeamRoutes(app, ctx);
  caseloadRoutes(app, ctx);
  instrumentsRoutes(app, ctx);
  assessmentsRoutes(app, ctx);
  alertsRoutes(app, ctx);
  tasksRoutes(app, ctx);
  notificationsRoutes(app, ctx);
  carePlansRoutes(app, ctx);
  contactsRoutes(app, ctx);
  notesRoutes(app, ctx);
  timelineRoutes(app, ctx);
  whereaboutsRoutes(app, ctx);
  referralsRoutes(app, ctx);
  partnerRoutes(app, ctx);
  directoryRoutes(app, ctx);
  advocacyRoutes(app, ctx);
  safetyRoutes(app, ctx);
  coverageRoutes(app, ctx);
  hospitalizationsRoutes(app, ctx);
  crisisRoutes(app, ctx);
  transitionsRoutes(app, ctx);
  unmetNeedsRoutes(app, ctx);

  await serveWebApp(app, ctx.config.webDistDir);
  return app;
}

/** The built SPA at `/`, with index.html as the fallback for client-side routes. */
async function serveWebApp(app: App, distDir: string): Promise<void> {
  const index = path.join(distDir, 'index.html');
  const hasWeb = fs.existsSync(index);
  if (hasWeb) {
    const assetsDir = path.join(distDir, 'assets') + path.sep;
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: false,
      index: false,
      // Files under assets/ are named by their content hash (a release brings new names), so a
      // browser may keep them instead of revalidating each of the app's chunks on every load.
      setHeaders: (reply, filePath) => {
        if (filePath.startsWith(assetsDir)) reply.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }
  app.setNotFoundHandler((req, reply) => {
    const urlPath = req.url.split('?')[0] ?? '';
    const wantsPage = req.method === 'GET' && !urlPath.startsWith('/api/') && !path.extname(urlPath);
    if (hasWeb && wantsPage) {
      reply.header('cache-control', 'no-cache');
      return reply.type('text/html').send(fs.createReadStream(index));
    }
    throw new AppError(404, 'not_found', 'Not found.');
  });
}

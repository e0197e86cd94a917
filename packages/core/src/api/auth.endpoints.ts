import { z } from 'zod';
import {
  changePasswordBody,
  idParams,
  loginBody,
  loginResponse,
  meResponse,
  mfaCodeBody,
  sessionListResponse,
  sessionResponse,
  signedInResponse,
  totpEnableResponse,
  totpSetupResponse,
} from '../auth/auth.schemas.js';
import { endpoint } from './endpoint.js';

const ok = z.object({ ok: z.literal(true) });

export const authEndpoints = {
  login: endpoint({ method: 'POST', path: '/api/auth/login', body: loginBody, response: { 200: loginResponse } }),
  verifyMfa: endpoint({
    method: 'POST',
    path: '/api/auth/mfa/verify',
    body: mfaCodeBody,
    response: { 200: signedInResponse },
  }),
  logout: endpoint({ method: 'POST', path: '/api/auth/logout', response: { 200: z.object({ ok: z.literal(true) }) } }),
  me: endpoint({ method: 'GET', path: '/api/auth/me', response: { 200: meResponse } }),
  session: endpoint({ method: 'GET', path: '/api/auth/session', response: { 200: sessionResponse } }),
  changePassword: endpoint({
    method: 'POST',
    path: '/api/auth/password',
    body: changePasswordBody,
    response: { 200: ok },
  }),
  setupTotp: endpoint({ method: 'POST', path: '/api/auth/mfa/totp/setup', response: { 200: totpSetupResponse } }),
  enableTotp: endpoint({
    method: 'POST',
    path: '/api/auth/mfa/totp/enable',
    body: mfaCodeBody,
    response: { 200: totpEnableResponse },
  }),
  sessions: endpoint({ method: 'GET', path: '/api/auth/sessions', response: { 200: sessionListResponse } }),
  endSession: endpoint({ method: 'DELETE', path: '/api/auth/sessions/:id', params: idParams, response: { 200: ok } }),
  resetMfa: endpoint({
    method: 'POST',
    path: '/api/admin/users/:id/reset-mfa',
    params: idParams,
    response: { 200: z.object({ ok: z.literal(true), hadMfa: z.boolean() }) },
  }),
};

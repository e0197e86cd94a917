import { z } from 'zod';
import { idParams } from '../auth/auth.schemas.js';
import {
  createdReferralView,
  createReferralBody,
  duplicateCheckQuery,
  duplicateWarning,
  partnerPacketView,
  partnerStatusBody,
  partnerTokenParams,
  referralBoardItem,
  referralBoardQuery,
  referralCheckInBody,
  referralSettingsBody,
  referralSettingsView,
  referralStatusBody,
  referralView,
  sentReferralView,
} from '../referrals/referral.schemas.js';
import { endpoint } from './endpoint.js';

export const referralsEndpoints = {
  create: endpoint({
    method: 'POST',
    path: '/api/clients/:id/referrals',
    params: idParams,
    body: createReferralBody,
    response: { 201: createdReferralView },
  }),
  listForClient: endpoint({
    method: 'GET',
    path: '/api/clients/:id/referrals',
    params: idParams,
    response: { 200: z.object({ items: z.array(referralView) }) },
  }),
  duplicates: endpoint({
    method: 'GET',
    path: '/api/clients/:id/referrals/duplicates',
    params: idParams,
    query: duplicateCheckQuery,
    response: { 200: z.object({ warnings: z.array(duplicateWarning) }) },
  }),
  get: endpoint({ method: 'GET', path: '/api/referrals/:id', params: idParams, response: { 200: referralView } }),
  setStatus: endpoint({
    method: 'POST',
    path: '/api/referrals/:id/status',
    params: idParams,
    body: referralStatusBody,
    response: { 200: referralView },
  }),
  send: endpoint({
    method: 'POST',
    path: '/api/referrals/:id/send',
    params: idParams,
    response: { 200: sentReferralView },
  }),
  revokeLink: endpoint({
    method: 'POST',
    path: '/api/referrals/:id/revoke-link',
    params: idParams,
    response: { 200: referralView },
  }),
  checkIn: endpoint({
    method: 'POST',
    path: '/api/referrals/:id/check-in',
    params: idParams,
    body: referralCheckInBody,
    response: { 200: referralView },
  }),
  board: endpoint({
    method: 'GET',
    path: '/api/referrals',
    query: referralBoardQuery,
    response: { 200: z.object({ items: z.array(referralBoardItem) }) },
  }),
  settings: endpoint({ method: 'GET', path: '/api/referral-settings', response: { 200: referralSettingsView } }),
  saveSettings: endpoint({
    method: 'PUT',
    path: '/api/referral-settings',
    body: referralSettingsBody,
    response: { 200: referralSettingsView },
  }),
};

/** The receiving provider's side: no sign-in, the token is the key. */
export const partnerEndpoints = {
  packet: endpoint({
    method: 'GET',
    path: '/api/partner/referrals/:token',
    params: partnerTokenParams,
    response: { 200: partnerPacketView },
  }),
  setStatus: endpoint({
    method: 'POST',
    path: '/api/partner/referrals/:token/status',
    params: partnerTokenParams,
    body: partnerStatusBody,
    response: { 200: partnerPacketView },
  }),
};

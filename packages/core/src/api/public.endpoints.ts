import { selfReferralBody, selfReferralResponse } from '../intakes/intake.schemas.js';
import { publicResourcesView } from '../organizations/org-settings.schemas.js';
import { endpoint } from './endpoint.js';

export const publicEndpoints = {
  resources: endpoint({ method: 'GET', path: '/api/public/resources', response: { 200: publicResourcesView } }),
  selfReferral: endpoint({
    method: 'POST',
    path: '/api/public/self-referral',
    body: selfReferralBody,
    response: { 201: selfReferralResponse },
  }),
};

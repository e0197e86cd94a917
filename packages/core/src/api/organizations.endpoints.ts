import { orgSettingsView, updateOrgSettingsBody } from '../organizations/org-settings.schemas.js';
import { endpoint } from './endpoint.js';

export const organizationsEndpoints = {
  settings: endpoint({ method: 'GET', path: '/api/organization/settings', response: { 200: orgSettingsView } }),
  updateSettings: endpoint({
    method: 'PATCH',
    path: '/api/organization/settings',
    body: updateOrgSettingsBody,
    response: { 200: orgSettingsView },
  }),
};

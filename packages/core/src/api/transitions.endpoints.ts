import { idParams } from '../auth/auth.schemas.js';
import {
  checkItemBody,
  recordCheckInBody,
  transitionPanelView,
  transitionPlanBody,
  transitionSettingsBody,
  transitionSettingsView,
} from '../transitions/transition.schemas.js';
import { endpoint } from './endpoint.js';

/** Transitions between levels of care; `:id` is the SENDING episode (the one in transition). */
export const transitionsEndpoints = {
  get: endpoint({
    method: 'GET',
    path: '/api/episodes/:id/transition',
    params: idParams,
    response: { 200: transitionPanelView },
  }),
  save: endpoint({
    method: 'PUT',
    path: '/api/episodes/:id/transition',
    params: idParams,
    body: transitionPlanBody,
    response: { 200: transitionPanelView },
  }),
  checkItem: endpoint({
    method: 'POST',
    path: '/api/episodes/:id/transition/checklist',
    params: idParams,
    body: checkItemBody,
    response: { 200: transitionPanelView },
  }),
  recordCheckIn: endpoint({
    method: 'POST',
    path: '/api/episodes/:id/transition/check-ins',
    params: idParams,
    body: recordCheckInBody,
    response: { 201: transitionPanelView },
  }),
  settings: endpoint({ method: 'GET', path: '/api/transition-settings', response: { 200: transitionSettingsView } }),
  saveSettings: endpoint({
    method: 'PUT',
    path: '/api/transition-settings',
    body: transitionSettingsBody,
    response: { 200: transitionSettingsView },
  }),
};

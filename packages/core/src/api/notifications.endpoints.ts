import { z } from 'zod';
import { idParams } from '../auth/auth.schemas.js';
import {
  notificationListQuery,
  notificationListResponse,
  notificationView,
} from '../notifications/notification.schemas.js';
import { endpoint } from './endpoint.js';

export const notificationsEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/api/notifications',
    query: notificationListQuery,
    response: { 200: notificationListResponse },
  }),
  readAll: endpoint({
    method: 'POST',
    path: '/api/notifications/read-all',
    response: { 200: z.object({ updated: z.number().int() }) },
  }),
  read: endpoint({
    method: 'POST',
    path: '/api/notifications/:id/read',
    params: idParams,
    response: { 200: notificationView },
  }),
};

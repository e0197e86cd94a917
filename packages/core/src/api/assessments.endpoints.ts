import { z } from 'zod';
import {
  assessmentListResponse,
  assessmentResultView,
  careTaskView,
  clientFlagView,
  createAssessmentBody,
  levelOfCareView,
  needsAssessmentView,
  resolveFlagBody,
  riskSummaryView,
  scorePreviewBody,
  scoreView,
} from '../assessments/assessment.schemas.js';
import { idParams } from '../auth/auth.schemas.js';
import { InstrumentIds } from '../instruments/instrument-types.js';
import { instrumentDefinitionView } from '../instruments/instrument.schemas.js';
import { locusResultBody } from '../level-of-care/locus.schemas.js';
import { needsAssessmentBody } from '../needs/needs.schemas.js';
import { riskOverrideBody } from '../risk/risk.schemas.js';
import { endpoint } from './endpoint.js';

const instrumentParams = z.object({ id: z.enum(InstrumentIds, { message: 'Unknown instrument.' }) });

export const assessmentsEndpoints = {
  alerts: endpoint({
    method: 'GET',
    path: '/api/clients/:id/alerts',
    params: idParams,
    response: { 200: z.object({ flags: z.array(clientFlagView), tasks: z.array(careTaskView) }) },
  }),
  resolveFlag: endpoint({
    method: 'POST',
    path: '/api/flags/:id/resolve',
    params: idParams,
    body: resolveFlagBody,
    response: { 200: z.array(clientFlagView) },
  }),
  list: endpoint({
    method: 'GET',
    path: '/api/clients/:id/assessments',
    params: idParams,
    response: { 200: assessmentListResponse },
  }),
  create: endpoint({
    method: 'POST',
    path: '/api/clients/:id/assessments',
    params: idParams,
    body: createAssessmentBody,
    response: { 201: assessmentResultView },
  }),
  needsAssessments: endpoint({
    method: 'GET',
    path: '/api/clients/:id/needs-assessments',
    params: idParams,
    response: { 200: z.object({ items: z.array(needsAssessmentView) }) },
  }),
  createNeedsAssessment: endpoint({
    method: 'POST',
    path: '/api/clients/:id/needs-assessments',
    params: idParams,
    body: needsAssessmentBody,
    response: { 201: needsAssessmentView },
  }),
  updateNeedsAssessment: endpoint({
    method: 'PATCH',
    path: '/api/needs-assessments/:id',
    params: idParams,
    body: needsAssessmentBody,
    response: { 200: needsAssessmentView },
  }),
  risk: endpoint({
    method: 'GET',
    path: '/api/clients/:id/risk',
    params: idParams,
    response: { 200: riskSummaryView },
  }),
  overrideRisk: endpoint({
    method: 'POST',
    path: '/api/clients/:id/risk/override',
    params: idParams,
    body: riskOverrideBody,
    response: { 200: riskSummaryView },
  }),
  levelOfCare: endpoint({
    method: 'GET',
    path: '/api/clients/:id/level-of-care',
    params: idParams,
    response: { 200: levelOfCareView },
  }),
  recordLocus: endpoint({
    method: 'POST',
    path: '/api/clients/:id/locus',
    params: idParams,
    body: locusResultBody,
    response: { 201: levelOfCareView },
  }),
  scoreInstrument: endpoint({
    method: 'POST',
    path: '/api/instruments/:id/score',
    params: instrumentParams,
    body: scorePreviewBody,
    response: { 200: scoreView },
  }),
  instrument: endpoint({
    method: 'GET',
    path: '/api/instruments/:id',
    params: instrumentParams,
    response: { 200: instrumentDefinitionView },
  }),
  loadWording: endpoint({
    method: 'PUT',
    path: '/api/admin/instrument-wording/:id',
    params: instrumentParams,
    body: z.object({
      wording: z.record(z.string(), z.string().max(1000)),
      licenceNote: z.string().trim().min(10, 'Record the licence or permission (who granted it, when).').max(2000),
    }),
  }),
};

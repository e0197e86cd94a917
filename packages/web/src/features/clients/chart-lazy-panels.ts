import { lazyNamed } from '../../lib/lazy-named.js';

// The two chart tabs with heavy libraries load when opened: trends need the charting library,
// the plan editor drag and drop. Opening a chart stays light.
export const AssessmentsPanel = lazyNamed(() => import('../assessments/assessments-panel.js'), 'AssessmentsPanel');
export const CarePlanPanel = lazyNamed(() => import('../care-plan/care-plan-panel.js'), 'CarePlanPanel');

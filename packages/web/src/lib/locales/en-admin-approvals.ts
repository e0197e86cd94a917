/** English strings for admins' changes to their own access (a second admin approves). */
export const enAdminApprovals = {
  approvals: {
    nav: 'Approvals',
    title: 'Admin approvals',
    intro:
      'An admin who adds a role to themself or staffs themself into a program needs a second admin to approve it. In an organisation with one admin the change applies at once and the privacy officer is alerted.',
    showAll: 'Show decided changes too',
    none: 'Nothing is waiting for approval.',
    tableLabel: 'Admin changes to their own access',
    requestedBy: 'Requested by',
    change: 'Change',
    requestedAt: 'Requested',
    status: 'Status',
    decision: 'Decision',
    roleRaise: 'Add roles: {{roles}}',
    programStaffing: '{{role}} of {{program}}',
    statuses: {
      pending: 'Waiting for a second admin',
      approved: 'Approved',
      rejected: 'Rejected',
      applied_alerted: 'Applied (one admin), privacy officer alerted',
    },
    decidedBy: '{{name}}, {{at}}',
    approve: 'Approve',
    reject: 'Reject',
    approveLabel: 'Approve the change requested by {{name}}',
    rejectLabel: 'Reject the change requested by {{name}}',
    ownRequest: 'Your own request: another admin decides.',
    approved: 'Approved: the change applies.',
    rejected: 'Rejected: nothing changes.',
    sentForApproval: 'Saved. Adding roles or program access to yourself waits for a second admin to approve.',
    selfHint:
      'Roles you add to yourself need a second admin’s approval (with one admin, the privacy officer is alerted).',
  },
};

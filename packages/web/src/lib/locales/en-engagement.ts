/** Follow-up cadence, engagement (disengagement alerts) and whereabouts. */
export const enEngagement = {
  engagement: {
    disengaged: 'Disengaged',
    disengagedHint: 'Not reached: failed outreach in a row, or no successful contact for two cadence windows.',
    inReach: {
      hospital: 'In hospital (in-reach)',
      jail: 'In jail (in-reach)',
    },
    inReachDue: 'In-reach visit due',
    reasons: {
      failed_outreach: 'Failed outreach attempts in a row',
      no_contact: 'No successful contact for two cadence windows',
    },
    table: {
      title: 'Disengaged clients',
      label: 'Disengaged clients',
      empty: 'No client is disengaged.',
      client: 'Client',
      mrn: 'MRN',
      program: 'Program',
      caseManager: 'Primary case manager',
      reason: 'Reason',
      since: 'Since',
      noPrimary: 'No primary case manager',
    },
    whereabouts: {
      title: 'Whereabouts',
      label: 'Where the client is',
      since: 'Since (optional)',
      sinceHint: 'Leave empty for now.',
      save: 'Save whereabouts',
      saved: 'Whereabouts saved.',
      current: '{{place}} since {{date}}',
      currentNoDate: '{{place}}',
      awayNote: 'While away, contacts are in-reach visits: a late contact raises an in-reach task, not an overdue.',
      options: {
        community: 'In the community',
        hospital: 'In hospital',
        jail: 'In jail',
      },
    },
  },
};

/** English strings for the agency's crisis, discharge and transition follow-up settings. */
export const enCrisisSettings = {
  crisisSettings: {
    title: 'Crisis and transition follow-up',
    intro:
      'How soon the team follows up after a crisis and a hospital discharge, and how long the old team keeps checking in after a change of team. These clocks apply to events recorded from now on.',
    nav: 'Crisis follow-up settings',
    crisisTitle: 'After a crisis',
    followUpHours: 'Follow-up contact due within (hours)',
    hospitalTitle: 'After a psychiatric discharge',
    dischargeContactHours: 'Contact due within (hours after discharge)',
    dischargeContactHint: 'The 7-day and 30-day follow-ups are fixed by the FUH measure.',
    transitionTitle: 'After a change of team',
    postTransitionDays: 'Post-transition period (days)',
    checkInIntervalDays: 'Days between check-ins',
    atLeast: 'Must be at least {{n}}.',
    atMost: 'Must be at most {{n}}.',
    wholeNumber: 'Enter a whole number.',
    saved: 'Settings saved.',
    conflict: 'Someone else changed these settings. Reload the page to see their values.',
  },
} as const;

import type { Strings } from '../../shared/assessment-form/i18n';
import type { branchZh } from './i18n';

// The English of i18n.ts: its own module, so the app fetches it only with the other English strings
// (app/i18n-en.ts).
const en: Strings<(typeof branchZh)['branch']> = {
  title: 'My branch',
  provisional: 'Not approved yet for this quarter (now: {{status}}): the scores below are provisional.',
  notScored: 'No score for this quarter yet.',
  currentOpen: 'Self-assessment {{period}}: {{status}}, due {{deadline}}.',
  deadlineExtended: ' (extended for this branch)',
  goSelfAssess: 'Go to the self-assessment',
  noBranch: 'Your account is not linked to a branch. Please contact the district organization department.',
  refused: 'This branch cannot be shown',
  summary: {
    total: 'Total',
    grade: 'Grade',
    veto: 'Veto',
    vetoYes: 'Triggered',
    vetoNo: 'Not triggered',
    uncapped: 'The total alone earns “{{grade}}”; a veto lowers it to “{{capped}}”.',
    completeness: 'Completeness',
    answered: '{{answered}} of {{applicable}}',
  },
  radar: {
    title: 'Score by path',
    noPrevious: 'No score in the previous quarter to compare with.',
    compareWith: 'Compare with',
    peersMedian: "Peers' median",
    previous: 'Previous quarter',
    noPeers:
      'No other branch under the same parent committee has a score yet, so the radar compares with the previous quarter.',
  },
  trend: {
    title: 'Total by quarter',
    titleYears: 'Total by year',
    series: 'This branch',
    empty: 'No earlier scores yet.',
  },
  standing: {
    title: 'Rank and percentile',
    privacy: "Only ranks, percentiles and medians are shown, never other branches' names or scores.",
    sameParent: 'Same parent committee',
    sameSector: 'Same sector in the district ({{sector}})',
    rank: 'Rank',
    percentile: 'Percentile',
    percentileHint: 'Above {{percent}} of the other branches in the group',
    median: 'Group median',
    peers: '{{count}} branches in the group have a score',
    unranked: 'No score this quarter, so no rank.',
  },
  weakest: {
    title: 'Lowest-scoring indicators',
    points: '{{points}} of {{max}} points',
    lost: '−{{lost}} points',
    missing: 'Not answered',
    none: 'Every indicator has full marks.',
    penalties: 'Deductions and vetoes',
  },
  gap: {
    title: 'Self score against reviewed score',
    self: 'Self score',
    indicator: 'Indicator',
    indicatorPoints: 'Self-assessed points',
    indicatorOfficial: 'Reviewed points',
    indicatorGap: 'Difference',
    indicatorNote:
      "Each indicator's own points; the total weighs them by their path's weight, so the differences here do not add up to the total's.",
    noScores: 'Shown once the self-assessment is submitted and reviewed.',
    awaitingReview: 'Submitted, awaiting review: shown once it is reviewed.',
    official: {
      official: 'Reviewed score',
      gap: 'Gap (self − reviewed)',
      higher: 'The self score is {{gap}} points above the reviewed score.',
      lower: 'The self score is {{gap}} points below the reviewed score.',
      same: 'The self score equals the reviewed score.',
      none: "The review changed no indicator's points.",
    },
    returned: {
      note: "Returned: below is the reviewer's score when returning it, not an official score; correct and resubmit, the reviewed score comes with approval.",
      official: 'Score when returned (not official)',
      gap: 'Gap (self − score when returned)',
      higher: "The self score is {{gap}} points above the reviewer's score when returned.",
      lower: "The self score is {{gap}} points below the reviewer's score when returned.",
      same: "The self score equals the reviewer's score when returned.",
      none: "The reviewer changed no indicator's points before returning it.",
    },
  },
};

export const branchEn: Strings<typeof branchZh> = { branch: en };

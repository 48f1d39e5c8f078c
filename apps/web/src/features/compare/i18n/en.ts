import type { DeepStrings } from '../../../shared/i18n';
import type { compareZh } from './zh-CN';

export const compareEn: DeepStrings<typeof compareZh> = {
  compare: {
    title: 'Compare branches',
    branches: 'Branches',
    branchesPlaceholder: 'Search by name, pinyin, code or street; choose 2 to 6 branches',
    branchesHelp: '{{count}} of {{max}} chosen',
    period: 'Quarter',
    pickHint: 'Choose 2 to 6 branches to compare.',
    radar: 'Score by path',
    radarUnscored:
      '{{names}}: no score for this quarter yet (not submitted, or returned), so not drawn on the radar.',
    table: 'Path and indicator points side by side',
    item: 'Item',
    total: 'Total',
    grade: 'Grade',
    status: 'Status',
    notAssessed: 'Not assessed',
    notApplicable: 'N/A',
    missing: 'Missing',
    pointsOf: '{{points}} / {{max}}',
    best: 'Highest in this row',
    loadFailed: 'The comparison could not be loaded',
    openBranch: 'Open branch page',
    remove: 'Remove',
  },
};

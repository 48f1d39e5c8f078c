import { PROVISIONAL_LABEL } from '@pathboard/scoring';
import type { Strings } from '../assessment-form/i18n';
import type { qualityZh } from './i18n';

// The English of i18n.ts: its own module, so the app fetches it only with the other English strings
// (app/i18n-en.ts).
const en: Strings<(typeof qualityZh)['quality']> = {
  flagsTitle: 'Data checks',
  flagsIntro:
    'These values break a validation rule or an expected range, or differ widely from last quarter or from peers: please check them (warnings never block submitting or reviewing).',
  noFlags: 'No value needs checking.',
  openFlags: 'Open flags',
  inflation: 'Self-assessment inflation',
  inflationHelp:
    'Mean "self total − official total" of the approved assessments of the last four quarters (this one included); positive means the branch rates itself higher.',
  inflationValue: '{{value}} points ({{count}} quarters)',
  noHistory: 'No approved quarter yet',
  riskRank: 'Risk',
  sortByRisk: 'Sort by risk',
  committeeTitle: 'Branches that rate themselves higher',
  committeeIntro:
    'The branches whose self totals exceeded the official totals most over the last four quarters, by mean gap.',
  committeeEmpty: 'No approved self-assessments yet.',
  branch: 'Branch',
  provisional: PROVISIONAL_LABEL.en,
  provisionalHelp: 'Not approved yet, or data-check flags still open: the rank is provisional.',
};

export const qualityEn: Strings<typeof qualityZh> = { quality: en };

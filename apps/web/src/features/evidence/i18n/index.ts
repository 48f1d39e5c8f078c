import { evidenceEnStrings } from './en';
import { evidenceZhStrings } from './zh-CN';

export const evidenceZh = { evidence: evidenceZhStrings };
export const evidenceEn = { evidence: evidenceEnStrings };

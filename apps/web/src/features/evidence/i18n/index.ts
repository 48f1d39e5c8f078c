import { evidenceZhStrings } from './zh-CN';

export const evidenceZh = { evidence: evidenceZhStrings };

import type { DeepStrings } from '../../../shared/i18n';
import type { compareZh } from './zh-CN';

export const compareEn: DeepStrings<typeof compareZh> = {
  compare: {
    title: '',
  },
};

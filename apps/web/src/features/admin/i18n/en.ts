import type { DeepStrings } from '../../../shared/i18n';
import type { adminZh } from './zh-CN';

export const adminEn: DeepStrings<typeof adminZh> = {
  admin: {
    title: '',
  },
};

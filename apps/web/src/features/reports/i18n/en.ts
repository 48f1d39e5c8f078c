import type { DeepStrings } from '../../../shared/i18n';
import type { reportsZh } from './zh-CN';

export const reportsEn: DeepStrings<typeof reportsZh> = {
  reports: {
    title: '',
  },
};

import { formatNumber } from '../../../shared/formatting';
import type { AppLanguage } from '../../../shared/i18n';

/** 532 B, 48 KB, 1.2 MB: how much of a download without a known size has arrived. */
export function formatBytes(bytes: number, language: AppLanguage): string {
  if (bytes < 1024) return `${formatNumber(bytes, language, 0)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 1024), language, 0)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), language, 1)} MB`;
}

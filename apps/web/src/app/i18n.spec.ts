import { resources } from './i18n-all-languages';
import { en } from '../shared/i18n/en';
import { zhCN } from '../shared/i18n/zh-CN';
import { adminEn } from '../features/admin/i18n/en';
import { adminZh } from '../features/admin/i18n';
import { compareEn } from '../features/compare/i18n/en';
import { compareZh } from '../features/compare/i18n';
import { reportsEn } from '../features/reports/i18n/en';
import { reportsZh } from '../features/reports/i18n';
import { overviewEn } from '../features/overview/i18n/en';
import { overviewZh } from '../features/overview/i18n';
import { loginLimitEn } from '../features/auth/i18n/en';
import { loginLimitZh } from '../features/auth/i18n';

/** Feature strings are spread into the one namespace: a clash of top-level keys would silently win. */
describe('feature string registration', () => {
  const features = [
    [overviewZh, overviewEn],
    [compareZh, compareEn],
    [adminZh, adminEn],
    [reportsZh, reportsEn],
    [loginLimitZh, loginLimitEn],
  ] as const;

  it('each feature owns its own top-level key, apart from the core strings', () => {
    const keys = features.flatMap(([zh]) => Object.keys(zh));
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(Object.keys(zhCN)).not.toContain(key);
  });

  it('registers every feature in both languages, leaving the core strings as they are', () => {
    const zhAll = resources['zh-CN'].translation as Record<string, unknown>;
    const enAll = resources.en.translation as Record<string, unknown>;
    for (const [zh, english] of features) {
      for (const key of Object.keys(zh)) {
        expect(zhAll[key]).toBe((zh as Record<string, unknown>)[key]);
        expect(enAll[key]).toBe((english as Record<string, unknown>)[key]);
      }
    }
    for (const key of Object.keys(zhCN)) expect(zhAll[key]).toBe((zhCN as Record<string, unknown>)[key]);
    for (const key of Object.keys(en)) expect(enAll[key]).toBe((en as Record<string, unknown>)[key]);
  });

  it('has no empty strings in either language', () => {
    const empties = (value: unknown, path: string): string[] =>
      typeof value === 'string'
        ? value.trim()
          ? []
          : [path]
        : Object.entries(value as object).flatMap(([k, v]) => empties(v, `${path}.${k}`));
    for (const [zh, english] of features) {
      expect(empties(zh, 'zh')).toEqual([]);
      expect(empties(english, 'en')).toEqual([]);
    }
  });
});

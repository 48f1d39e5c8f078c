export { initI18n, createTestI18n, resources } from './i18n';
export * from './languages';
export type { DeepStrings, Translation } from './zh-CN';

export * from './languages';
export type { DeepStrings, Translation } from './zh-CN';

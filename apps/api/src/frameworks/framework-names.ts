import type { Framework, LocalizedText } from '@pathboard/scoring';

export interface ItemNames {
  pathName: LocalizedText;
  indicatorName: LocalizedText;
}

/** Names by code, from one framework: what the ledger, its export and the notifications show instead of codes. */
export type FrameworkNames = (pathCode: string, indicatorCode: string) => ItemNames;

const asText = (code: string): LocalizedText => ({ zh: code, en: code });

/**
 * The path and indicator names of `framework`. A code it does not hold (none today: an item is only
 * created on an indicator of its assessment's framework) shows as itself rather than as nothing.
 */
export function frameworkNames(framework: Framework): FrameworkNames {
  const paths = new Map(framework.paths.map((p) => [p.code, p.name]));
  const indicators = new Map(framework.paths.flatMap((p) => p.indicators.map((i) => [i.code, i.name])));
  return (pathCode, indicatorCode) => ({
    pathName: paths.get(pathCode) ?? asText(pathCode),
    indicatorName: indicators.get(indicatorCode) ?? asText(indicatorCode),
  });
}

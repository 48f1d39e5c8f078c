import type { Framework } from '@pathboard/scoring';

type Name = { zh: string; en: string };

/** An indicator a rectification item can be about, named as the framework names it. */
export interface IndicatorChoice {
  code: string;
  name: Name;
  pathName: Name;
}

/** Every indicator of the assessment's framework, in the framework's order, with its path. */
export function indicatorChoices(framework: Pick<Framework, 'paths'>): IndicatorChoice[] {
  return framework.paths.flatMap((path) =>
    path.indicators.map((i) => ({ code: i.code, name: i.name, pathName: path.name })),
  );
}

/** The indicator's name in `lang`; a code the choices lack shows as itself. */
export function indicatorLabel(choices: readonly IndicatorChoice[], code: string, lang: 'zh' | 'en'): string {
  return choices.find((c) => c.code === code)?.name[lang] ?? code;
}

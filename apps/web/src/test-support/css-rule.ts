import { readFileSync } from 'node:fs';

/**
 * The declarations of the rule whose selector list is exactly `selector` in a stylesheet (comments
 * left out): jsdom applies no stylesheet, so a spec reads the rule a CSS module ships.
 */
export function cssRule(file: string, selector: string): string {
  const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:^|\\})\\s*${escaped}\\s*\\{([^}]*)\\}`, 'm').exec(css);
  return match?.[1] ?? '';
}

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The import's Chinese messages reach office staff in the dry run's error table: Chinese text takes
 * full-width ，：；（）, as the rest of the product does. Scans every `zh:` literal of the import code,
 * so a new message written with half-width punctuation beside Chinese fails here.
 */
const HALF_WIDTH_BESIDE_CHINESE = /[\u4e00-\u9fff][,:;()]|[,:;()][\u4e00-\u9fff]/;

function zhLiterals(source: string): string[] {
  return [...source.matchAll(/zh:\s*(['`])((?:\\.|(?!\1)[^\\])*)\1/g)].map((m) => m[2]);
}

describe('import messages: full-width punctuation in Chinese', () => {
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));

  it('finds the messages it checks', () => {
    const all = files.flatMap((f) => zhLiterals(readFileSync(path.join(__dirname, f), 'utf8')));
    expect(all.length).toBeGreaterThan(20);
  });

  it.each(files)('%s', (file) => {
    const bad = zhLiterals(readFileSync(path.join(__dirname, file), 'utf8')).filter((text) =>
      // An interpolation stands for Chinese (a column's label, a reason), so `${label}:${reason}` fails.
      HALF_WIDTH_BESIDE_CHINESE.test(text.replace(/\$\{[^}]*\}/g, '字')),
    );
    expect(bad).toEqual([]);
  });
});

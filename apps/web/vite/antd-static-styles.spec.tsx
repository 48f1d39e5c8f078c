/**
 * @jest-environment jsdom
 */
import { render, screen } from '@testing-library/react';
import { Button, ConfigProvider } from 'antd';
import type { ConfigEnv, ResolvedConfig } from 'vite';
import { appTheme, withoutMotion } from '../src/app/theme';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { antdStaticCss, antdStaticStyles, DRAWN, DRAWN_WITH_PROPS, UNDRAWN } from './antd-static-styles';

/** The hash class antd gives a button rendered in the browser (here jsdom) with `theme`. */
function runtimeHashClass(theme = appTheme): string {
  render(
    <ConfigProvider theme={theme}>
      <Button type="primary">保存</Button>
    </ConfigProvider>,
  );
  const hash = [...screen.getByRole('button').classList].find((name) => /^css-/.test(name));
  if (!hash) throw new Error('antd rendered no hash class');
  return hash;
}

/** The cache paths the file names (the map cssinjs reads in the browser to skip building a style). */
function cachePaths(css: string): string[] {
  const map = /\.data-ant-cssinjs-cache-path\{content:"([^"]*)";\}/.exec(css);
  return map ? map[1].split(';').map((entry) => entry.split(':')[0]) : [];
}

describe('antd styles built with the bundle', () => {
  const css = antdStaticCss();

  // `includes` rather than toContain: a failure would print the whole 600 KB file.
  it('are the very rules antd would build in the browser for the app theme (same hash class)', () => {
    const hash = runtimeHashClass();
    expect(css.includes(`:where(.${hash}).ant-btn{`)).toBe(true);
    // The theme's party red as the primary button's background.
    expect(new RegExp(`:where\\(\\.${hash}\\)\\.ant-btn[^{]*\\{[^}]*background:#c41d1d`).test(css)).toBe(
      true,
    );
  });

  it('name every component the overview and the forms render, so the browser skips building them', () => {
    const components = new Set(cachePaths(css).map((path) => path.split('|')[1]?.split('-')[0]));
    for (const name of [
      'Button',
      'Card',
      'Table',
      'Form',
      'Input',
      'Select',
      'Layout',
      'Menu',
      'Tag',
      'Statistic',
    ])
      expect(components).toContain(name);
  });

  it('cover every antd component the app imports (drawn, or named as not drawn)', () => {
    const covered = new Set<string>([...DRAWN, ...Object.keys(DRAWN_WITH_PROPS), ...UNDRAWN]);
    const imported = new Set<string>();
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? sources(join(dir, entry.name))
          : /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name)
            ? [join(dir, entry.name)]
            : [],
      );
    for (const file of sources(join(__dirname, '../src')))
      for (const [, names] of readFileSync(file, 'utf8').matchAll(/import \{([^}]*)\} from 'antd'/g))
        for (const name of names.split(',').map((n) => n.trim()))
          if (name && !name.startsWith('type ')) imported.add(name.split(/\s+as\s+/)[0]);
    expect(imported.size).toBeGreaterThan(20);
    expect([...imported].filter((name) => !covered.has(name))).toEqual([]);
  });

  it('do not serve the reduced-motion theme: its hash differs, so the browser builds its styles as before', () => {
    const hash = runtimeHashClass(withoutMotion);
    expect(css.includes(`:where(.${hash})`)).toBe(false);
  });
});

describe('the Vite plugin', () => {
  const loaded = (command: ConfigEnv['command']) => {
    const plugin = antdStaticStyles();
    (plugin.configResolved as (config: ResolvedConfig) => void)({ command } as ResolvedConfig);
    const id = (plugin.resolveId as (id: string) => string | undefined)('virtual:antd-static-styles.css');
    const context = {
      error: (message: string) => {
        throw new Error(message);
      },
    };
    return (plugin.load as (this: typeof context, id: string) => string | undefined).call(context, id!);
  };

  it('serves an empty file to `vite serve`, which keeps antd building its styles', () => {
    expect(loaded('serve')).not.toContain('.ant-btn');
  });

  it('refuses a build whose NODE_ENV is not production: the class names would not match', () => {
    // Jest runs with NODE_ENV=test, as a development build would.
    expect(() => loaded('build')).toThrow(/NODE_ENV is test, not production/);
  });
});

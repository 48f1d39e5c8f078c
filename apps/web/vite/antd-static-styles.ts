import { createCache, extractStyle, StyleProvider } from '@ant-design/cssinjs';
import * as antd from 'antd';
import type { ThemeConfig } from 'antd';
import { type ComponentType, createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import type { Plugin } from 'vite';
import { appTheme } from '../src/app/theme';

/*
 * antd 5 builds each component's CSS in the browser the first time the component renders (CSS-in-JS:
 * the theme's tokens → style objects → CSS text → a <style> element). On the overview after login
 * that was a few hundred milliseconds of a 2-core machine's main thread (bench:web). antd's "whole
 * export" moves the work to the build: the styles are rendered once here, in Node, into a CSS file
 * whose last rule maps each style's cache path to its hash (`.data-ant-cssinjs-cache-path`), and
 * @ant-design/cssinjs in the browser skips building and inserting any style that map names. A style
 * it does not name (a component not rendered here, the reduced-motion theme, whose tokens differ) is
 * built in the browser as before, so a missing entry costs time, never looks.
 *
 * antd's own helper for this, @ant-design/static-style-extract, renders every antd component in its
 * antd-5 line (1.x: a 900 KB file, against 660 KB for the components listed below) and takes a list
 * only from 2.x, which needs antd 6; so this renders the app's components itself, with the same
 * @ant-design/cssinjs calls (createCache, StyleProvider, extractStyle) that helper makes.
 */

/**
 * The antd components the app renders, each drawn as `<Component />` (a component the app uses and
 * missing here only has its styles built in the browser; the spec checks that every one the app
 * imports is here, in DRAWN_WITH_PROPS or in UNDRAWN).
 */
export const DRAWN = [
  'Alert',
  'App',
  'Badge',
  'Breadcrumb',
  'Button',
  'Card',
  'Checkbox',
  'Col',
  'Collapse',
  'DatePicker',
  'Descriptions',
  'Divider',
  'Empty',
  'Form',
  'Input',
  'InputNumber',
  'Layout',
  'List',
  'Pagination',
  'Progress',
  'Radio',
  'Result',
  'Row',
  'Segmented',
  'Select',
  'Skeleton',
  'Space',
  'Spin',
  'Statistic',
  'Switch',
  'Table',
  'Tabs',
  'Tag',
  'Timeline',
  'TreeSelect',
  'Typography',
  'Upload',
] as const satisfies readonly (keyof typeof antd)[];

/**
 * What the app imports from antd and this file does not draw: popups render into a portal, which
 * the server renderer does not draw (their styles are built in the browser when first shown);
 * the rest have no styles of their own.
 */
export const UNDRAWN = [
  'Modal',
  'Drawer',
  'Tooltip',
  'Popover',
  'Popconfirm',
  'ConfigProvider',
  'Grid',
  'theme',
] as const satisfies readonly (keyof typeof antd)[];

/** Components drawn with the props they cannot render without. */
export const DRAWN_WITH_PROPS = {
  Menu: { items: [] },
  Tree: { treeData: [] },
} satisfies Partial<Record<keyof typeof antd, object>>;

function drawnComponents() {
  return [
    ...DRAWN.map((name) => h(antd[name] as ComponentType, { key: name })),
    ...Object.entries(DRAWN_WITH_PROPS).map(([name, props]) =>
      h(antd[name as keyof typeof DRAWN_WITH_PROPS] as ComponentType<object>, { key: name, ...props }),
    ),
    // Parts whose styles are registered apart from their component's: the sider, a compact group
    // (and a button in it), a tag of a preset colour (the grade and status tags).
    h(antd.Layout.Sider, { key: 'sider' }),
    h(antd.Space.Compact, { key: 'compact' }, h(antd.Button)),
    h(antd.Tag, { key: 'preset', color: 'blue' }),
  ];
}

/**
 * The CSS of the app's antd components in `theme`, with the cache-path map, for the NODE_ENV of this
 * process: the class names carry a different prefix in development (`css-dev-only-do-not-override-`),
 * so the file must be built in the mode the bundle is.
 */
export function antdStaticCss(theme: ThemeConfig = appTheme): string {
  const cache = createCache();
  renderToString(h(StyleProvider, { cache }, h(antd.ConfigProvider, { theme }, ...drawnComponents())));
  return extractStyle(cache, true);
}

const MODULE_ID = 'virtual:antd-static-styles.css';
const RESOLVED_ID = `\0${MODULE_ID}`;

/**
 * `import 'virtual:antd-static-styles.css'` (main.tsx): the file above, built with the production
 * bundle. `vite serve` gets an empty one, so development keeps antd's runtime styles (and its
 * development class names).
 */
export function antdStaticStyles(): Plugin {
  let build = false;
  return {
    name: 'pathboard:antd-static-styles',
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (!build) return '/* antd builds its styles at run time in development */';
      if (process.env['NODE_ENV'] !== 'production')
        this.error(
          `antd static styles: NODE_ENV is ${process.env['NODE_ENV'] ?? 'unset'}, not production; the styles' class names would not match the bundle's`,
        );
      return antdStaticCss();
    },
  };
}

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';
import { readdirSync } from 'node:fs';

// What the pure libraries (scoring, frameworks, charts, text-limits) may not import: UI, server, file or I/O packages.
const PURE_LIBRARY_IMPORTS = {
  group: [
    'node:*',
    'fs',
    'fs/*',
    'path',
    'os',
    'child_process',
    'net',
    'http',
    'https',
    'stream',
    'worker_threads',
    'zlib',
    'exceljs',
    'pdfkit',
    'svg-to-pdfkit',
    'sharp',
    'nodemailer',
    '@aws-sdk/*',
    'react',
    'react-*',
    'antd',
    '@ant-design/*',
    '@apollo/*',
    'graphql',
    'graphql-*',
    '@nestjs/*',
    'typeorm',
    'pg',
    'pg-*',
    '@electric-sql/*',
    'express',
    'pino',
    'pino-*',
  ],
  message:
    'libs/scoring, libs/frameworks, libs/charts and libs/text-limits are pure: no UI, server, file or I/O packages.',
};

// The web feature folders (apps/web/src/features/<name>): each is read from disk, so a new one is held too.
const WEB_FEATURES = readdirSync(new URL('./apps/web/src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// Web boundaries (issue 12, item 5): a feature uses another only through its public entry
// (features/<name>/index.ts), never its internals; app/ assembles features, so neither a feature nor
// shared/ imports app/; shared/ imports no feature. Pieces two features need live in shared/.
const WEB_NO_APP = {
  regex: '^(\\.\\./)+app(/|$)',
  message: 'app/ assembles the features: a feature or shared/ never imports it (specs use test-support/).',
};
function webFeatureBoundary(feature) {
  const others = WEB_FEATURES.filter((name) => name !== feature).join('|');
  return {
    files: [`apps/web/src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(\\.\\./)+(${others})/`,
              message:
                "Web features do not reach into each other: import the feature's public entry (its index.ts), or move the shared piece to apps/web/src/shared/.",
            },
            WEB_NO_APP,
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/generated/**',
      '**/.data/**',
      'tmp/**',
      'artifacts/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // Shared libraries are pure domain code: they may use each other and nothing app-side.
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'scope:api',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:server', 'scope:api'],
            },
            // Server-only libraries (report and import builders): Node APIs allowed, no app code.
            { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:shared', 'scope:server'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:shared', 'scope:web'] },
            // Tools (benchmarks, CLIs) run on Node: they may use the server-only libraries too.
            {
              sourceTag: 'scope:tools',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:server', 'scope:tools'],
            },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared', 'scope:e2e'] },
            // Layers: domain (scoring, frameworks) < ui-pure (chart options) < feature (reports) < app/tool.
            // A lower layer never imports a higher one, so the domain stays reusable everywhere.
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:ui-pure', onlyDependOnLibsWithTags: ['type:domain', 'type:ui-pure'] },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:domain', 'type:ui-pure', 'type:feature'],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:domain', 'type:ui-pure', 'type:feature'],
            },
            {
              sourceTag: 'type:tool',
              onlyDependOnLibsWithTags: ['type:domain', 'type:ui-pure', 'type:feature'],
            },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:domain', 'type:ui-pure'] },
          ],
        },
      ],
    },
  },
  {
    // The scoring, framework, chart and text-limit libraries run unchanged in the API, the browser
    // and the benchmarks: no UI, server, database, file or other I/O package (issue 12, item 5).
    files: [
      'libs/scoring/src/**/*.ts',
      'libs/frameworks/src/**/*.ts',
      'libs/charts/src/**/*.ts',
      'libs/text-limits/src/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [PURE_LIBRARY_IMPORTS],
        },
      ],
    },
  },
  {
    // One exact number type in the engine (docs/domain.md#arithmetic): fractions, not decimal.js.
    files: ['libs/scoring/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            PURE_LIBRARY_IMPORTS,
            {
              group: ['decimal.js'],
              message: 'libs/scoring computes in exact fractions (engine/fraction.ts), not decimal.js.',
            },
          ],
        },
      ],
    },
  },
  {
    // The reports index is the production surface: fixtures and benchmarks have their own entry points.
    files: ['libs/reports/src/index.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'ExportAllDeclaration[source.value=/testing|bench|fixture/], ExportNamedDeclaration[source.value=/testing|bench|fixture/]',
          message:
            'libs/reports exports no test fixtures or benchmark code from its index (use src/testing.ts, src/bench.ts).',
        },
      ],
    },
  },
  ...WEB_FEATURES.map(webFeatureBoundary),
  {
    files: ['apps/web/src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)features(/|$)',
              message: 'shared/ is below the features: it never imports one (the app assembles them).',
            },
            WEB_NO_APP,
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.spec.tsx', '**/*.e2e.ts'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);

#!/usr/bin/env node
// The list of equivalent mutants in stryker-equivalent.md, made from the code's own
// `// Stryker disable next-line <mutators>: equivalent, <why>` comments, so the reason is written
// once, beside the code it excuses. Stryker reports those mutants as "ignored" (not in the score).
//
//   node tools/mutation/list-equivalents.mjs           print the table
//   node tools/mutation/list-equivalents.mjs --write   put it into stryker-equivalent.md
//   node tools/mutation/list-equivalents.mjs --check   exit 1 if the file is stale, or a comment
//                                                      gives no reason or calls it anything but equivalent
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import prettier from 'prettier';

const ROOT = new URL('../../', import.meta.url).pathname;
const SOURCES = ['libs/scoring/src', 'libs/frameworks/src'];
const LIST = join(ROOT, 'stryker-equivalent.md');
const START = '<!-- equivalents:start (tools/mutation/list-equivalents.mjs --write) -->';
const END = '<!-- equivalents:end -->';
const DIRECTIVE = /\/\/ Stryker disable (next-line )?([\w,\s]+?)(?::\s*(.*))?$/;

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) yield path;
  }
}

export function collect() {
  const rows = [];
  const problems = [];
  for (const dir of SOURCES) {
    for (const file of sourceFiles(join(ROOT, dir))) {
      const lines = readFileSync(file, 'utf8').split('\n');
      const name = relative(join(ROOT, 'libs'), file);
      lines.forEach((text, i) => {
        const match = DIRECTIVE.exec(text.trim());
        if (!match) return;
        const [, nextLine, mutators, reason = ''] = match;
        const where = `${name}:${i + 2}`;
        if (!nextLine)
          problems.push(`${where}: only "Stryker disable next-line" is allowed (one line at a time)`);
        if (!/^equivalent\b/.test(reason))
          problems.push(`${where}: the reason must start with "equivalent", then say why (got "${reason}")`);
        const code = lines[i + 1].trim().replace(/\|/g, '\\|');
        rows.push({ where, mutators: mutators.trim(), code, why: reason.replace(/^equivalent,?\s*/, '') });
      });
    }
  }
  return { rows, problems };
}

export function table(rows) {
  const head = [
    '| Line (the code below the comment) | Mutators | Code | Why no test can tell |',
    '| --- | --- | --- | --- |',
  ];
  const body = rows.map((r) => `| ${r.where} | ${r.mutators} | \`${r.code}\` | ${r.why} |`);
  return [...head, ...body, '', `${rows.length} lines.`].join('\n');
}

const { rows, problems } = collect();
const block = `${START}\n${table(rows)}\n${END}`;
const mode = process.argv[2];
if (mode === '--write' || mode === '--check') {
  const text = readFileSync(LIST, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < 0) problems.push(`stryker-equivalent.md: the markers ${START} … ${END} are missing`);
  const spliced = from < 0 || to < 0 ? text : text.slice(0, from) + block + text.slice(to + END.length);
  // As `npm run format` would write it, so the check and Prettier agree on every byte.
  const options = await prettier.resolveConfig(LIST);
  const next = await prettier.format(spliced, { ...options, filepath: LIST });
  if (mode === '--write' && next !== text) writeFileSync(LIST, next);
  if (mode === '--check' && next !== text)
    problems.push('stryker-equivalent.md is stale: run node tools/mutation/list-equivalents.mjs --write');
} else {
  console.log(block);
}
for (const problem of problems) console.error(problem);
process.exitCode = problems.length > 0 ? 1 : 0;

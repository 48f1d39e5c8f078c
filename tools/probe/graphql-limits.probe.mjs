// Hostile GraphQL documents against a running server: prints each answer's status, time and first
// error, so the limits (apps/api/src/common/graphql-limits.ts) can be seen to refuse them quickly.
// Usage: start the API (e.g. PORT=4121 node dist/apps/api/main.js), then
//   node tools/probe/graphql-limits.probe.mjs [http://127.0.0.1:4121/graphql]
// Anonymous on purpose: every limit applies before authentication matters.
const url = process.argv[2] ?? 'http://127.0.0.1:3000/graphql';

const aliases = (body) => Array.from({ length: 5 }, (_, i) => `c${i}: ${body}`).join(' ');
const probes = [
  ['400,000 __typename fields', `{ ${'__typename '.repeat(400_000)}}`],
  ['150,000 sibling fields', `{ ${'me { id } '.repeat(150_000)}}`],
  ['2,400 tokens in 4 KB', `{ ${'me{id} '.repeat(600)}}`],
  [
    '4 nested fragments × 5 aliases (780 expanded)',
    `query { orgTree { ...F1 } } fragment F1 on OrgUnit { ${aliases('children { ...F2 }')} }
     fragment F2 on OrgUnit { ${aliases('children { ...F3 }')} } fragment F3 on OrgUnit { ${aliases('children { ...F4 }')} }
     fragment F4 on OrgUnit { ${aliases('name')} }`,
  ],
  ['misspelt field', '{ scoreboad }'],
];

for (const [name, query] of probes) {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = await res.json().catch(() => ({}));
  const ms = (performance.now() - started).toFixed(0);
  const first = body.errors?.[0];
  console.log(
    `${name.padEnd(48)} HTTP ${res.status} ${ms.padStart(6)} ms  ${first?.extensions?.code ?? ''} ${first?.message ?? ''}`,
  );
}

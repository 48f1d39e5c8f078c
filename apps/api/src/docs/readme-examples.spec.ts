import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';

/**
 * The README documents every GraphQL operation with an example. Validate each one against the
 * committed schema, so the documentation cannot drift from the API without a failing test.
 */
const root = join(__dirname, '../../../..');
const schema = buildSchema(readFileSync(join(root, 'apps/api/schema.gql'), 'utf8'));

function readmeOperations(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = readme.split('```graphql')[1]?.split('```')[0] ?? '';
  const operations: string[] = [];
  let depth = 0;
  let current = '';
  for (const line of block.split('\n')) {
    if (!line.trim()) continue;
    current += `${line}\n`;
    for (const ch of line) depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
    if (depth === 0) {
      operations.push(current);
      current = '';
    }
  }
  return operations;
}

const REQUIRED = [
  'login',
  'me',
  'orgUnit',
  'orgTree',
  'periods',
  'frameworks',
  'framework',
  'assessment',
  'scoreboard',
  'trend',
  'compare',
  'peerStanding',
  'completion',
  'indicatorMatrix',
  'saveIndicatorValues',
  'submitAssessment',
  'reviewAssessment',
  'reopenAssessment',
  'importFramework',
  'createOrgUnit',
  'updateOrgUnit',
  'moveOrgUnit',
  'createDistrict',
  'createUser',
  'openPeriod',
  'closePeriod',
];

describe('README GraphQL examples', () => {
  const operations = readmeOperations();

  it('documents every operation the API promises', () => {
    const text = operations.join('\n');
    const undocumented = REQUIRED.filter(
      (name) => !new RegExp(`\\b${name}\\s*\\(|\\b${name}\\s*\\{`).test(text),
    );
    expect(undocumented).toEqual([]);
  });

  it.each(operations.map((op) => [op.trim().split('\n')[0].slice(0, 70), op]))(
    '%s is valid against schema.gql',
    (_, op) => {
      expect(validate(schema, parse(op)).map((e) => e.message)).toEqual([]);
    },
  );
});

import { defaultFramework } from '@pathboard/frameworks';
import { selfValues } from '@pathboard/scoring';
import { syntheticQuarterlyInput } from '../testing/synthetic-scored';
import { parseImportWorkbook } from './parse';
import { buildImportTemplate } from './template';

describe('import round trip over many branches', () => {
  it('gives back every branch’s values (all input shapes, sector-limited indicators) with no errors', async () => {
    const input = syntheticQuarterlyInput(defaultFramework, 300, 11);
    const branches = input.branches.map((b) => ({
      code: b.code,
      name: b.name,
      sector: b.sector,
      values: selfValues(b.values),
    }));
    const template = await buildImportTemplate(defaultFramework, branches, '2026Q4');
    const result = await parseImportWorkbook(template, defaultFramework, branches, { period: '2026Q4' });
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(300);
    result.rows.forEach((row, index) => {
      expect(row.branchCode).toBe(branches[index].code);
      expect(row.values).toEqual(branches[index].values);
    });
  });
});

import type { TFunction } from 'i18next';
import { branchColumns, type BranchColumnsContext } from './branch-columns';

const ctx: BranchColumnsContext = {
  t: ((key: string) => key) as unknown as TFunction,
  language: 'zh-CN',
  paths: [],
  grades: [],
  showChild: false,
  branchHref: (id) => `/branches/${id}`,
  selection: { selected: new Set(), max: 4, toggle: () => undefined },
};

describe('branchColumns', () => {
  it('narrows the sticky name column on a phone, so figures fit beside it', () => {
    const sticky = (phone: boolean) =>
      branchColumns({ ...ctx, phone })
        .filter((c) => c.sticky)
        .reduce((sum, c) => sum + c.width, 0);
    expect(branchColumns({ ...ctx, phone: true }).find((c) => c.key === 'name')!.width).toBe(120);
    expect(branchColumns(ctx).find((c) => c.key === 'name')!.width).toBe(240);
    // A 390 px phone less the page's and the card's padding leaves about 340 px.
    expect(sticky(true)).toBeLessThanOrEqual(260);
    expect(sticky(false)).toBeGreaterThan(340);
  });
});

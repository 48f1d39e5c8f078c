import { STATUS_LABELS, statusNames } from './statuses';

describe('status labels', () => {
  it('names every status in both languages, distinctly', () => {
    for (const lang of ['zh', 'en'] as const) {
      const names = Object.values(statusNames(lang));
      expect(names).toHaveLength(Object.keys(STATUS_LABELS).length);
      expect(new Set(names).size).toBe(names.length);
    }
    expect(statusNames('zh')).toEqual({
      NONE: '未开启',
      DRAFT: '填报中',
      SUBMITTED: '待审核',
      RETURNED: '已退回',
      APPROVED: '已审核',
    });
  });
});

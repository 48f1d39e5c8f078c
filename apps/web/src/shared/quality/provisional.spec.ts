import { isProvisional } from './provisional';

describe('isProvisional', () => {
  const row = (id: string, status: string, total: number | null, rank: number | null) => ({
    id,
    status,
    total,
    rank,
    rankChange: 1,
  });
  it('marks a ranked branch still awaiting review, nothing else', () => {
    const rows = [
      row('a', 'SUBMITTED', 95, 1),
      row('b', 'APPROVED', 90, 2),
      row('d', 'SUBMITTED', null, null),
      row('e', 'DRAFT', null, null),
    ];
    expect(rows.filter(isProvisional).map((r) => r.id)).toEqual(['a']);
  });
});

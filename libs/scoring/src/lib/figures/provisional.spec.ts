import { isProvisionalStatus, PROVISIONAL_LABEL } from './provisional';

describe('provisional (a reported score not yet approved)', () => {
  it.each([
    ['SUBMITTED', true],
    ['APPROVED', false],
    ['DRAFT', false],
    ['RETURNED', false],
    [null, false],
    [undefined, false],
  ])('%s → %s', (status, provisional) => {
    expect(isProvisionalStatus(status)).toBe(provisional);
  });

  it('is labelled 暂定 / Provisional', () => {
    expect(PROVISIONAL_LABEL).toEqual({ zh: '暂定', en: 'Provisional' });
  });
});

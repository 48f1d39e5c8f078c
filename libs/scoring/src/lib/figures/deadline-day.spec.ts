import { closesAtDayEnd, dayOfDeadline } from './deadline-day';

describe('how a deadline reads', () => {
  it.each([
    // [instant, zone, closes at the end of the day before?]
    ['2027-01-10T16:00:00.000Z', 'Asia/Shanghai', true], // 2027-01-11 00:00 there: the 10th, 24:00
    ['2027-01-10T16:00:00.000Z', 'Asia/Urumqi', false], // 22:00 on the 10th there
    ['2027-01-10T18:00:00.000Z', 'Asia/Urumqi', true],
    ['2027-01-10T15:59:59.999Z', 'Asia/Shanghai', false], // 23:59:59.999: the 10th, as it is
    ['2027-01-10T16:00:00.001Z', 'Asia/Shanghai', false],
    ['not a time', 'Asia/Shanghai', false],
  ] as const)('%s in %s: %s', (instant, zone, expected) => {
    expect(closesAtDayEnd(instant, zone)).toBe(expected);
  });

  it('dates such a deadline by the day it closes', () => {
    expect(dayOfDeadline('2027-01-10T16:00:00.000Z').toISOString()).toBe('2027-01-10T15:59:59.999Z');
  });
});

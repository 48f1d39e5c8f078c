import { frac, fromNumber } from './fraction';
import { countOf, pointsOf, singularOf, stepsOf, timesOf } from './english';

describe('English counts in reasons', () => {
  it.each([
    ['times', 'time'],
    ['hours', 'hour'],
    ['people', 'person'],
    ['projects', 'project'],
    ['activities', 'activity'],
    ['branches', 'branch'],
    ['boxes', 'box'],
    ['days', 'day'],
    ['hours per member', 'hour per member'],
    ['Times', 'Time'],
    ['', ''],
  ])('singular of %p is %p', (plural, singular) => {
    expect(singularOf(plural)).toBe(singular);
  });

  it.each([
    [0, 'times', '0 times'],
    [1, 'times', '1 time'],
    [2, 'times', '2 times'],
    [1, 'people', '1 person'],
    [1.5, 'hours', '1.5 hours'],
    [1, 'hours', '1 hour'],
  ])('%p %s → %p', (value, unit, text) => {
    expect(countOf(value, unit)).toBe(text);
  });

  it('counts occurrences, points and steps', () => {
    expect(timesOf(1)).toBe('1 time');
    expect(timesOf(3)).toBe('3 times');
    expect(pointsOf(frac(1, 1))).toBe('1 point');
    expect(pointsOf(frac(100, 100))).toBe('1 point');
    expect(pointsOf(0)).toBe('0 points');
    expect(pointsOf(fromNumber(22.916))).toBe('22.92 points');
    expect(stepsOf(1)).toBe('1 step');
    expect(stepsOf(2)).toBe('2 steps');
  });
});

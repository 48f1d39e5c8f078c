import { describeInput, round2 } from './index';
import { domainFramework } from './test-frameworks';

describe('describeInput', () => {
  it.each([
    ['ORG_MEETINGS', { numerator: 11, denominator: 12 }, '11/12', '11 of 12'],
    ['ORG_LIFE_MEETING', true, '是', 'yes'],
    ['ORG_PLAN', 'FAIR', '较好', 'fairly good'],
    ['ORG_PLAN', '较好', '较好', 'fairly good'],
    ['ORG_DUTY_LIST', ['LIST', 'OWNERS'], '清单建立、责任到人', 'list set up, named owners'],
    ['ORG_DUTY_LIST', [], '无', 'none'],
    ['CAD_STUDY_HOURS', 7.5, '7.5', '7.5'],
    ['SUP_REVIEW_RATE', 0.855, '85.5%', '85.5%'],
    ['ORG_JOINT', null, '未填写', 'not entered'],
  ])('%s %j', (code, input, zh, en) => {
    expect(describeInput(domainFramework, code, input)).toEqual({ zh, en });
  });
});

describe('round2: half up on the decimal the number stands for', () => {
  it.each([
    [1.005, 1.01],
    [89.995, 90],
    [2.675, 2.68],
    [-1.005, -1.01],
    [22.916666, 22.92],
    [0, 0],
  ])('%p → %p', (x, expected) => {
    expect(round2(x)).toBe(expected);
  });
});

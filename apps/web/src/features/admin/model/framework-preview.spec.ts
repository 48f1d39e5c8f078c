import { defaultFramework } from '@pathboard/frameworks';
import { scoreAssessment, type Framework } from '@pathboard/scoring';
import { addIndicator, draftFrom, removeIndicator, setAt } from './framework-draft';
import { previewDraft, sampleValues } from './framework-preview';

const base = defaultFramework as Framework;

describe('score preview of a framework draft (a sample branch, scored by libs/scoring)', () => {
  it('scores the same sample branch the same way, every time, before and after an unchanged draft', () => {
    const values = sampleValues(base, 'COMMUNITY');
    expect(sampleValues(base, 'COMMUNITY')).toEqual(values);
    const expected = scoreAssessment(base, values, { sector: 'COMMUNITY' });
    const preview = previewDraft(base, draftFrom(base, []), true, 'COMMUNITY');
    expect(preview.before).toEqual({ total: expected.total, grade: expected.grade });
    expect(preview.after).toEqual(preview.before);
    expect(expected.completeness.answered).toBe(expected.completeness.applicable);
  });

  it('leaves out indicators that do not apply to the sector', () => {
    const rural = base.paths
      .flatMap((p) => p.indicators)
      .filter((i) => i.sectors && !i.sectors.includes('ORGAN'));
    expect(rural.length).toBeGreaterThan(0);
    const values = sampleValues(base, 'ORGAN');
    for (const indicator of rural) expect(values).not.toHaveProperty(indicator.code);
  });

  it('moves the total by the weights: swapping two paths moves it by (w1 − w2) × (rate2 − rate1)', () => {
    const [p0, p1] = base.paths;
    const swapped = setAt(
      setAt(draftFrom(base, []), 'paths[0].weight', p1.weight),
      'paths[1].weight',
      p0.weight,
    );
    const scored = scoreAssessment(base, sampleValues(base, 'COMMUNITY'), { sector: 'COMMUNITY' });
    const rate = (code: string) => scored.paths.find((p) => p.code === code)!.percent / 100;
    const { before, after } = previewDraft(base, swapped, true, 'COMMUNITY');
    const expectedShift = (p0.weight - p1.weight) * (rate(p1.code) - rate(p0.code));
    expect(Math.abs(expectedShift)).toBeGreaterThan(0.1); // the sample makes the swap matter
    expect(after!.total - before.total).toBeCloseTo(expectedShift, 1);
  });

  it('keeps the base values of kept indicators; a removed one no longer counts; an invalid draft is not scored', () => {
    const draft = draftFrom(base, []);
    const bonusAt = draft.paths[0].indicators.findIndex((i) => i.rule.type === 'bonus');
    const withoutBonus = removeIndicator(draft, 0, bonusAt);
    const { before, after } = previewDraft(base, withoutBonus, true, 'COMMUNITY');
    expect(after!.total).toBeLessThanOrEqual(before.total);
    const added = addIndicator(draft, 0, 'shortfall', { zh: '新', en: 'new' });
    expect(previewDraft(base, added, false, 'COMMUNITY').after).toBeNull();
  });
});

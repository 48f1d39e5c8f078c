import { defaultFramework } from '@pathboard/frameworks';
import type { FrameworkEntity } from './entities/framework.entity';
import { toFrameworkModel, toRuleModel } from './framework.mapper';

describe('framework → GraphQL model', () => {
  it('flattens each rule into typed fields a form can render', () => {
    expect(toRuleModel({ type: 'ratio', maxPoints: 25 })).toMatchObject({
      type: 'ratio',
      maxPoints: 25,
      target: 1,
      ratingBands: null,
    });
    expect(toRuleModel({ type: 'bonus', points: 2, cap: 5 })).toMatchObject({
      maxPoints: null,
      points: 2,
      cap: 5,
    });
    expect(toRuleModel({ type: 'veto' })).toMatchObject({ maxPoints: null, capGrade: null });
    const checklist = toRuleModel({
      type: 'checklist',
      maxPoints: 30,
      deduction: 10,
      items: [
        { code: 'A', name: { zh: '甲', en: 'A' } },
        { code: 'B', name: { zh: '乙', en: 'B' }, deduction: 15 },
      ],
    });
    // An item without its own deduction shows the rule's default k.
    expect(checklist.items!.map((i) => [i.code, i.deduction])).toEqual([
      ['A', 10],
      ['B', 15],
    ]);
  });

  it('maps the default framework: four paths of 100 points, sectors kept, every rule typed', () => {
    const entity = {
      id: 'f1',
      code: defaultFramework.code,
      version: 1,
      name: defaultFramework.name,
      definition: defaultFramework,
      locked: true,
      createdAt: new Date(0),
    } as FrameworkEntity;
    const model = toFrameworkModel(entity);
    expect(model.paths.map((p) => p.maxPoints)).toEqual([100, 100, 100, 100]);
    expect(model.paths.reduce((sum, p) => sum + p.weight, 0)).toBe(100);
    const indicators = model.paths.flatMap((p) => p.indicators);
    expect(indicators).toHaveLength(29);
    expect(indicators.find((i) => i.code === 'ORG_RURAL_REVITALIZATION')!.sectors).toEqual(['RURAL']);
    expect(indicators.find((i) => i.code === 'ORG_MEETINGS')!.sectors).toBeNull();
    expect(indicators.every((i) => i.type === i.rule.type)).toBe(true);
  });
});

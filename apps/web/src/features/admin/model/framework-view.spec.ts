import { defaultFramework } from '@pathboard/frameworks';
import { ruleModule } from '@pathboard/scoring';
import { frameworkSummary, ruleLine } from './framework-view';

describe('framework view', () => {
  const framework = defaultFramework;

  it('lists every path with its weight and every indicator with its rule in words', () => {
    const summary = frameworkSummary(framework, 'zh');
    expect(summary.map((p) => p.name)).toEqual(framework.paths.map((p) => p.name.zh));
    expect(summary.reduce((sum, p) => sum + p.weight, 0)).toBe(100);
    const all = summary.flatMap((p) => p.indicators);
    expect(all).toHaveLength(framework.paths.flatMap((p) => p.indicators).length);
    for (const line of all)
      expect(line.kind).toBe(
        ruleModule(framework.paths.flatMap((p) => p.indicators).find((i) => i.code === line.code)!.rule.type)
          .name.zh,
      );
    console.log(
      summary
        .flatMap((p) => p.indicators.map((i) => `${i.name} | ${i.kind} | ${i.maxPoints} | ${i.params}`))
        .join('\n'),
    );
  });

  it('names parameters in words, rates as percents and a veto cap by its grade', () => {
    expect(
      ruleLine({ type: 'shortfall', maxPoints: 20, required: 3, deduction: 5 }, 'zh', framework).params,
    ).toBe('满分：20；应开展次数：3；每次扣分：5');
    // The formula beside it speaks the screen's language, in the same parameter words.
    const shortfall = { type: 'shortfall', maxPoints: 20, required: 3, deduction: 5 } as const;
    expect(ruleLine(shortfall, 'zh', framework).formula).toMatch(/^比应开展次数每少一次扣“每次扣分”/);
    expect(ruleLine(shortfall, 'en', framework).formula).toMatch(/^k points off for each time short/);
    expect(
      ruleLine(
        { type: 'threshold_step', maxPoints: 10, threshold: 0.9, step: 0.1, deduction: 2 } as never,
        'en',
        framework,
      ).params,
    ).toBe('full marks: 10; threshold: 90%; step: 10%; points off each: 2');
    const veto = ruleLine(
      { type: 'veto', capGrade: framework.grades.at(-1)!.code } as never,
      'zh',
      framework,
    );
    expect(veto.params).toBe(`等次封顶：${framework.grades.at(-1)!.name.zh}`);
    expect(veto.role).toBe('veto');
  });
});

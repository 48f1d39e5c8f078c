import { gradeDistributionOption } from '@pathboard/charts';
import { renderChartSvg } from './charts';
import { fitCell } from './layout';

describe('PDF print layout', () => {
  it('draws chart labels without the white outline svg-to-pdfkit painted over them', () => {
    const svg = renderChartSvg(
      gradeDistributionOption({ EXCELLENT: 30, GOOD: 17 }, { lang: 'zh' }),
      400,
      300,
    );
    const label = svg.match(/<text\b[^>]*>30 \(63\.8%\)<\/text>/)?.[0];
    expect(label).toBeDefined();
    expect(label).toContain('fill="#333"');
    expect(label).not.toMatch(/stroke|paint-order/);
  });

  it('shrinks a long name to fit its cell instead of cutting it, and cuts only past the limit', () => {
    expect(fitCell('和平社区党支部', 100, 8)).toEqual({ text: '和平社区党支部', size: 8 });
    const long = fitCell('区国有资产经营有限公司党支部', 107, 8);
    expect(long.text).toBe('区国有资产经营有限公司党支部');
    expect(long.size).toBeLessThan(8);
    expect(long.size * 14).toBeLessThanOrEqual(107);
    const tooLong = fitCell('区国有资产经营有限公司党支部'.repeat(2), 107, 8);
    expect(tooLong.text.endsWith('…')).toBe(true);
  });
});

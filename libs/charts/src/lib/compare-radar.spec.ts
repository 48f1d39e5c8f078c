import type { RadarSeriesOption } from 'echarts';
import { COMPARE_COLORS, compareRadarOption } from './compare-radar';
import { GRADE_COLORS } from './palette';
import { radarFrame } from './path-radar';
import { asArray, manyRows, PATHS } from './test-fixtures';

type RadarData = { name: string; value: (number | string)[] }[];

describe('compareRadarOption', () => {
  const two = manyRows(2);

  it('overlays 2 branches on the path axes', () => {
    const option = compareRadarOption(two, PATHS, { lang: 'zh' });
    const data = (asArray(option.series)[0] as RadarSeriesOption).data as RadarData;
    expect(data.map((d) => d.name)).toEqual(['第1党支部', '第2党支部']);
    expect(data[1].value).toEqual(PATHS.map((p) => two[1].paths[p.code]));
    expect((asArray(option.legend)[0] as { data: string[] }).data).toEqual(['第1党支部', '第2党支部']);
  });

  it('does not draw an unscored branch at the centre, and marks it 未评 in the legend', () => {
    const unscored = { id: 'X', name: { zh: '幸福社区党支部', en: 'Xingfu' }, paths: {} };
    const partial = { ...two[1], paths: { ...two[1].paths, [PATHS[0].code]: null } };
    const option = compareRadarOption([two[0], unscored, partial], PATHS, { lang: 'zh' });
    const data = (asArray(option.series)[0] as RadarSeriesOption).data as (RadarData[number] & {
      symbol?: string;
      lineStyle?: { opacity: number };
      areaStyle?: { opacity: number };
    })[];
    expect((asArray(option.legend)[0] as { data: string[] }).data).toEqual([
      '第1党支部',
      '幸福社区党支部（未评）',
      '第2党支部',
    ]);
    expect(data[1]).toMatchObject({
      value: PATHS.map(() => '-'),
      symbol: 'none',
      lineStyle: { opacity: 0 },
      areaStyle: { opacity: 0 },
    });
    // A branch scored on some paths is still drawn; only its missing axes are gaps.
    expect(data[2].value[0]).toBe('-');
    expect(data[2]).not.toHaveProperty('symbol');
    const en = compareRadarOption([two[0], unscored], PATHS, { lang: 'en' });
    expect((asArray(en.legend)[0] as { data: string[] }).data[1]).toBe('Xingfu (Not assessed)');
  });

  it('uses colours that cannot be mistaken for grades', () => {
    const grades: string[] = Object.values(GRADE_COLORS);
    expect(COMPARE_COLORS.some((c) => grades.includes(c))).toBe(false);
  });

  it('accepts up to 6 and refuses a 5,000-branch selection', () => {
    const many = manyRows(5000);
    expect(() => compareRadarOption(many.slice(0, 6), PATHS, { lang: 'en' })).not.toThrow();
    expect(() => compareRadarOption(many, PATHS, { lang: 'en' })).toThrow(RangeError);
    expect(() => compareRadarOption(many.slice(0, 1), PATHS, { lang: 'en' })).toThrow(/2–6/);
  });

  it('wraps long path names when asked', () => {
    const paths = [
      ...PATHS.slice(0, 3),
      { code: 'TRAINING', name: { zh: '干部队伍与教育培训', en: 'Cadre training' } },
    ];
    const radar = asArray(compareRadarOption(two, paths, { lang: 'zh', axisNameWidth: 10 }).radar)[0] as {
      indicator: { name: string }[];
    };
    expect(radar.indicator.map((i) => i.name)).toEqual([
      '组织建设',
      '党内监督',
      '党风廉政',
      '干部队伍与\n教育培训',
    ]);
  });

  it('takes the compact frame of the path radar on a phone, and its usual one elsewhere', () => {
    const radar = (compact?: boolean) =>
      asArray(compareRadarOption(two, PATHS, { lang: 'zh', compact }).radar)[0] as Record<string, unknown>;
    expect(radar()).toMatchObject(radarFrame(false));
    expect(radar(true)).toMatchObject({ radius: '52%', center: ['50%', '46%'], axisName: { fontSize: 11 } });
  });
});

/**
 * Chinese text takes full-width punctuation (，：；（）): every problem the framework and values-file
 * validators name, over many broken files. What is code, not Chinese, keeps its own punctuation and is
 * taken out before the check: the location (`paths[0].maxPoints`) and JSON examples (`{"numerator": …}`,
 * `["SCREENING"]`, `"GOOD"`). Like libs/scoring's engine/punctuation.spec.ts, for this library; and
 * the rule descriptions of the published schema (each rule module's formula line, which editors show)
 * and every Chinese text of the default framework (its names and descriptions reach every screen).
 */
import type { Framework } from '@pathboard/scoring';
import sampleValues from '../../data/sample-values.json';
import { defaultFramework } from './default-framework';
import type { FrameworkIssue } from './issues';
import { frameworkSchema } from './schemas';
import { FRAMEWORK_LIMITS, MAX_FRAMEWORK_VALUES } from './size-limits';
import { validateFramework } from './validate-framework';
import { parseValuesFile } from './values-file';

const HALF_WIDTH = /[,:;()]/;
/** For text mixing Chinese with math or English: a half-width , : ; ( ) next to a Chinese character. */
const HALF_WIDTH_BESIDE_CHINESE = /\p{Script=Han}\s*[,:;()]|[,:;()]\s*\p{Script=Han}/u;

type Editable = Framework & Record<string, unknown>;
type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const t = (zh: string) => ({ zh, en: zh });
const rule = (code: string, left: unknown, right: unknown) => ({
  code,
  name: t('校验'),
  left,
  operator: 'equal_to',
  right,
});

/** Each breaks a fresh copy of the default framework in one or more places. */
const frameworkBreakers: ((f: Editable) => void)[] = [
  (f) => {
    f.grades = Array.from({ length: FRAMEWORK_LIMITS.grades + 1 }, (_, i) => ({
      ...f.grades[0],
      code: `G${i}`,
    }));
  },
  (f) => {
    f['extra'] = Array.from({ length: MAX_FRAMEWORK_VALUES + 1 }, () => 1);
  },
  (f) => {
    const p = f.paths as Any[];
    delete p[0].indicators[0].name;
    delete p[0].indicators[8].rule.cap;
    p[0].indicators[1]['colour'] = 'red';
    p[0].weight = '30';
    p[0].indicators[2].rule.type = 'guess';
    p[0].indicators[7].sectors = ['CITY'];
    p[0].indicators[3].rule.items = [];
    p[0].indicators[4].code = 'bad code';
    p[0].indicators[5].name.zh = '';
    p[0].indicators[6].sectors = ['RURAL', 'RURAL'];
    p[1].indicators[2].rule.target = 2;
    p[1].code = 'X'.repeat(100);
    f.grades[0].name.en = 'E'.repeat(3000);
  },
  (f) => {
    f.paths[0].weight = 40;
    f.paths[1].indicators[0].code = 'ORG_MEETINGS';
    f.grades[1].min = 95;
    f.grades[3].min = 10;
  },
  (f) => {
    (f.paths[0].indicators[0].rule as Any).maxPoints = 20;
    f.paths[0].indicators[6].sectors = ['RURAL'];
    f.paths[0].indicators = f.paths[0].indicators.filter(
      (i) => i.sectors?.includes('RURAL') || i.rule.type === 'bonus',
    );
  },
  (f) => {
    const satisfaction = f.paths[1].indicators[3].rule as Any;
    satisfaction.bands = [...satisfaction.bands].reverse();
    const plan = f.paths[0].indicators[4].rule as Any;
    plan.bands[0].points = plan.maxPoints + 5;
    (f.paths[2].indicators[5].rule as Any).capGrade = 'NONE';
  },
  (f) => {
    (f as Any).annual = { combine: { method: 'weighted', weights: [10, 20, 30] } };
  },
  (f) => {
    (f as Any).annual = { combine: { method: 'mean', weights: [25, 25, 25, 25] } };
  },
  (f) => {
    (f as Any).annual = {
      combine: { method: 'weighted', weights: [10, 20, 30, 30] },
      quarterVetoCapGrade: 'NONE',
      indicators: [
        { code: 'ORG_MEETINGS', name: t('重复'), rule: { type: 'bonus', points: 1, cap: 2 } },
        { code: 'ANNUAL_COUNT', name: t('计数'), rule: { type: 'count', maxPoints: 5, target: 2 } },
      ],
    };
  },
  (f) => {
    const terms = (indicator: string, part?: string) => ({
      terms: [{ indicator, ...(part ? { part } : {}) }],
    });
    f.checks = {
      jumpShare: 0.5,
      outlierScore: 3.5,
      validationRules: [
        rule('SAME', { constant: 1 }, { constant: 1 }),
        rule('SAME', terms('NOWHERE'), { constant: 1 }),
        rule('BAND', terms('ORG_WORK_PLAN'), { constant: 1 }),
        rule('PART', terms('TRN_STUDY_HOURS', 'numerator'), { constant: 1 }),
      ],
    } as Framework['checks'];
    f.paths[0].indicators[4].expectedRange = { min: 0, max: 1 };
    f.paths[3].indicators[1].expectedRange = { min: 50, max: 10 };
  },
];

/** Each breaks a fresh copy of the community sample values file. */
const valuesBreakers: ((v: Any) => void)[] = [
  (v) => {
    v.framework = 'OTHER';
  },
  (v) => {
    v.frameworkVersion = 99;
  },
  (v) => {
    v.period = 'spring';
    v.values.ORG_MEETINGS = 'x'.repeat(10);
    v.values.BAD = { nested: { deep: 1 } };
  },
  (v) => {
    v.values = {
      NOWHERE: 1,
      ORG_MEETINGS: 5,
      ORG_THEME_DAYS: true,
      ORG_LIFE_MEETINGS: 1,
      ORG_RESPONSIBILITY_LIST: 'A',
      ORG_WORK_PLAN: ['GOOD'],
    };
  },
];

function issuesOf(result: { ok: true } | { ok: false; errors: FrameworkIssue[] }): FrameworkIssue[] {
  if (result.ok) throw new Error('expected a refusal');
  return result.errors;
}

/** The Chinese message without its code parts: the location, JSON objects, lists and quoted strings. */
function chineseOf(issue: FrameworkIssue): string {
  return issue.message.zh
    .replace(issue.location, '')
    .replace(/\{[^}]*\}/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/"[^"]*"/g, '');
}

describe('Chinese validator messages use full-width punctuation', () => {
  const issues = [
    ...frameworkBreakers.flatMap((breakIt) => {
      const framework = JSON.parse(JSON.stringify(defaultFramework)) as Editable;
      breakIt(framework);
      return issuesOf(validateFramework(framework));
    }),
    ...valuesBreakers.flatMap((breakIt) => {
      const file = JSON.parse(JSON.stringify(sampleValues)) as Any;
      breakIt(file);
      return issuesOf(parseValuesFile(file, defaultFramework));
    }),
  ];

  it('covers the validators’ many kinds of problem', () => {
    expect(new Set(issues.map((issue) => issue.code)).size).toBeGreaterThan(25);
  });

  it('in every problem named, with the location in full-width brackets and a full-width colon', () => {
    expect(issues.map(chineseOf).filter((zh) => HALF_WIDTH.test(zh))).toEqual([]);
    for (const issue of issues.filter((i) => i.indicator ?? i.path))
      expect(issue.message.zh).toContain(`（${issue.location}）：`);
  });

  it('keeps the location, a code path, as it is', () => {
    const framework = JSON.parse(JSON.stringify(defaultFramework)) as Framework;
    framework.paths[0].maxPoints = 90;
    expect(issuesOf(validateFramework(framework)).map((issue) => issue.message.zh)).toContain(
      'ORGANIZATION（paths[0].maxPoints）：基础指标分值之和为 110 / 100，应等于路径满分 90',
    );
  });
});

describe('Chinese in the schema’s rule descriptions uses full-width punctuation', () => {
  const defs = frameworkSchema.$defs as Record<string, { description?: string }>;
  const descriptions = Object.entries(defs)
    .filter(([name]) => name.endsWith('Rule'))
    .map(([, def]) => def.description ?? '');

  it('in every rule’s formula line that has Chinese', () => {
    expect(descriptions.filter((text) => /\p{Script=Han}/u.test(text)).length).toBeGreaterThan(8);
    expect(descriptions.filter((text) => HALF_WIDTH_BESIDE_CHINESE.test(text))).toEqual([]);
    expect(HALF_WIDTH_BESIDE_CHINESE.test('每发现一次扣 k 分, 此项扣完为止: max(0, M − k × c).')).toBe(true);
  });
});

describe('Chinese in the default framework uses full-width punctuation', () => {
  /** Every `zh` text of a framework: names, descriptions, units, evidence hints. */
  function zhTexts(node: unknown): string[] {
    if (Array.isArray(node)) return node.flatMap(zhTexts);
    if (typeof node !== 'object' || node === null) return [];
    return Object.entries(node).flatMap(([key, value]) =>
      key === 'zh' && typeof value === 'string' ? [value] : zhTexts(value),
    );
  }

  it('in every name, description and hint', () => {
    const texts = zhTexts(defaultFramework);
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.filter((text) => HALF_WIDTH.test(text))).toEqual([]);
    expect(
      zhTexts({ name: { zh: '人均学习时长(小时/季度)', en: 'x' } }).filter((t) => HALF_WIDTH.test(t)),
    ).toHaveLength(1);
  });
});

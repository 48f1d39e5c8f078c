import type { ErrorObject } from 'ajv';
import { FrameworkIssue, Segment, makeIssue, ownerOf, pointerToSegments } from './issues';

const RANGE_KEYWORDS = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']);
const RANGE_CODES: Record<string, string> = {
  target: 'TARGET_OUT_OF_RANGE',
  threshold: 'THRESHOLD_OUT_OF_RANGE',
  step: 'STEP_OUT_OF_RANGE',
  cap: 'CAP_OUT_OF_RANGE',
  weight: 'WEIGHT_OUT_OF_RANGE',
};
const RANGE_WORDS: Record<string, [string, string]> = {
  minimum: ['不能小于', 'must be ≥'],
  maximum: ['不能大于', 'must be ≤'],
  exclusiveMinimum: ['必须大于', 'must be >'],
  exclusiveMaximum: ['必须小于', 'must be <'],
};

/**
 * Turns Ajv's errors into issues with our machine codes and zh/en messages. Ajv reports one
 * error per failed keyword, some of them only echoes of another (the `if` that wraps a rule's
 * schema, the `anyOf` alternatives of a value), so those are folded away here.
 */
export function issuesFromSchemaErrors(input: unknown, errors: readonly ErrorObject[]): FrameworkIssue[] {
  const anyOfLocations = new Set(
    errors.filter((error) => error.keyword === 'anyOf').map((error) => error.instancePath),
  );
  const seen = new Set<string>();
  const issues: FrameworkIssue[] = [];
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    if (
      error.keyword !== 'anyOf' &&
      anyOfLocations.size > 0 &&
      underAnyOf(error.instancePath, anyOfLocations)
    )
      continue;
    const issue = issueFromError(input, error);
    const key = `${issue.location}|${issue.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

/** Is `pointer` at or below one of `locations`? Walks the pointer's own prefixes: linear, not errors × locations. */
function underAnyOf(pointer: string, locations: ReadonlySet<string>): boolean {
  if (locations.has('')) return true;
  for (let end = pointer.indexOf('/', 1); ; end = pointer.indexOf('/', end + 1)) {
    if (locations.has(end === -1 ? pointer : pointer.slice(0, end))) return true;
    if (end === -1) return false;
  }
}

function issueFromError(input: unknown, error: ErrorObject): FrameworkIssue {
  const segments: Segment[] = pointerToSegments(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const field = segments[segments.length - 1];
  const issue = (at: Segment[], code: string, zh: string, en: string) =>
    makeIssue(at, ownerOf(input, at), code, { zh, en });

  switch (error.keyword) {
    case 'required': {
      const missing = String(params['missingProperty']);
      const at = [...segments, missing];
      const ruleType = ruleTypeAt(input, segments);
      if (missing === 'cap' && (ruleType === 'bonus' || ruleType === 'deduction')) {
        const code = ruleType === 'bonus' ? 'BONUS_WITHOUT_CAP' : 'DEDUCTION_WITHOUT_CAP';
        return issue(at, code, `${ruleType} 规则必须设封顶值 cap`, `a ${ruleType} rule needs a cap`);
      }
      return issue(at, 'MISSING_FIELD', `缺少必填字段 ${missing}`, `required field ${missing} is missing`);
    }
    case 'additionalProperties': {
      const extra = String(params['additionalProperty']);
      return issue([...segments, extra], 'UNKNOWN_FIELD', `不认识的字段 ${extra}`, `unknown field ${extra}`);
    }
    case 'type':
      return issue(
        segments,
        'WRONG_TYPE',
        `类型应为 ${typeWord(params['type'], 'zh')}`,
        `must be ${typeWord(params['type'], 'en')}`,
      );
    case 'enum': {
      const values = params['allowedValues'] as unknown[];
      const allowed = values.join(', ');
      if (field === 'type' && segments[segments.length - 2] === 'rule') {
        return issue(
          segments,
          'UNKNOWN_RULE',
          `未知的规则类型，可选：${values.join('、')}`,
          `unknown rule type; expected one of: ${allowed}`,
        );
      }
      const code = field === 'sector' || segments.includes('sectors') ? 'UNKNOWN_SECTOR' : 'NOT_ALLOWED';
      return issue(segments, code, `取值应为：${values.join('、')}`, `must be one of: ${allowed}`);
    }
    case 'const':
      return issue(
        segments,
        'NOT_ALLOWED',
        `取值应为 ${String(params['allowedValue'])}`,
        `must be ${String(params['allowedValue'])}`,
      );
    case 'pattern':
      return field === 'period'
        ? issue(
            segments,
            'BAD_PERIOD',
            '考核期应写作 2026Q1 这样的季度',
            'period must be a quarter such as 2026Q1',
          )
        : issue(
            segments,
            'BAD_CODE',
            '编码只能包含字母、数字、下划线、点和连字符',
            'codes may contain only letters, digits, _ . and -',
          );
    case 'maxItems':
      return issue(
        segments,
        'TOO_MANY_ITEMS',
        `最多 ${String(params['limit'])} 项`,
        `at most ${String(params['limit'])} items allowed`,
      );
    case 'maxLength':
      return issue(
        segments,
        'TOO_LONG',
        `最多 ${String(params['limit'])} 个字符`,
        `at most ${String(params['limit'])} characters allowed`,
      );
    case 'minItems':
      // A list of a fixed length (the four quarter weights) says how many, not "empty".
      return Number(params['limit']) > 1
        ? issue(
            segments,
            'TOO_FEW_ITEMS',
            `至少 ${String(params['limit'])} 项`,
            `at least ${String(params['limit'])} items needed`,
          )
        : issue(segments, 'EMPTY_LIST', '列表不能为空', 'must not be empty');
    case 'false schema':
      return issue(segments, 'NOT_ALLOWED', '此处不允许该字段', 'this field is not allowed here');
    case 'uniqueItems':
      return issue(segments, 'DUPLICATE_ITEM', '列表中有重复项', 'must not list an item twice');
    case 'minLength':
      return issue(segments, 'EMPTY_TEXT', '不能为空', 'must not be empty');
    case 'anyOf':
      return issue(
        segments,
        'BAD_INPUT',
        '值应为数字、是/否（true/false）、编码、编码列表或 {numerator, denominator}，空值写 null',
        'must be a number, true/false, a code, a list of codes or {numerator, denominator}; null when missing',
      );
    default:
      if (RANGE_KEYWORDS.has(error.keyword)) {
        const code = (typeof field === 'string' && RANGE_CODES[field]) || 'OUT_OF_RANGE';
        const [zh, en] = RANGE_WORDS[error.keyword];
        return issue(segments, code, `${zh} ${String(params['limit'])}`, `${en} ${String(params['limit'])}`);
      }
      return issue(segments, 'INVALID', error.message ?? 'invalid', error.message ?? 'invalid');
  }
}

function ruleTypeAt(input: unknown, segments: readonly Segment[]): unknown {
  let current: unknown = input;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current !== null && typeof current === 'object' ? (current as { type?: unknown }).type : undefined;
}

const TYPE_WORDS: Record<string, [string, string]> = {
  number: ['数字', 'a number'],
  integer: ['整数', 'an integer'],
  string: ['文本', 'a string'],
  boolean: ['true/false', 'true or false'],
  object: ['对象 {…}', 'an object {…}'],
  array: ['列表 […]', 'a list […]'],
  null: ['null', 'null'],
};

function typeWord(type: unknown, lang: 'zh' | 'en'): string {
  const types = Array.isArray(type) ? type : String(type).split(',');
  return types
    .map((t) => TYPE_WORDS[String(t)]?.[lang === 'zh' ? 0 : 1] ?? String(t))
    .join(lang === 'zh' ? '或' : ' or ');
}

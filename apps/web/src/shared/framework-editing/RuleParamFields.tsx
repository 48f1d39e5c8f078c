import type { Rule } from '@pathboard/scoring';
import { Form, InputNumber, Space } from 'antd';
import { numericParams, paramLabel, type ParamLang } from './rule-params';

export interface FieldStatus {
  validateStatus?: 'error';
  help?: string;
}

interface Props {
  rule: Rule;
  lang: ParamLang;
  /** A parameter's new value; null when the input was cleared. */
  onChange: (key: string, value: number | null) => void;
  /** The validator's message for a parameter, shown beside its input. */
  statusOf?: (key: string) => FieldStatus;
  /** Names the inputs for screen readers and tests, e.g. the indicator's name. */
  ariaPrefix: string;
}

/**
 * The numeric parameters of one rule as inputs (the framework editor and the what-if form):
 * which parameters come from the rule registry, their words from PARAM_WORDS. No bounds clamp what
 * is typed: the framework validator's message says what is wrong, beside the input.
 */
export function RuleParamFields({ rule, lang, onChange, statusOf, ariaPrefix }: Props) {
  const values = rule as unknown as Record<string, unknown>;
  return (
    <Space wrap align="start" size={8}>
      {numericParams(rule).map((key) => {
        const label = paramLabel(key, lang);
        return (
          <Form.Item key={key} label={label} style={{ marginBottom: 8 }} {...statusOf?.(key)}>
            <InputNumber
              aria-label={`${ariaPrefix} ${label}`}
              value={typeof values[key] === 'number' ? (values[key] as number) : null}
              onChange={(value) => onChange(key, typeof value === 'number' ? value : null)}
            />
          </Form.Item>
        );
      })}
    </Space>
  );
}

import { Button, Checkbox, Form, InputNumber, Radio, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRatioAsPercent } from '../../formatting';
import type { AppLanguage } from '../../i18n';
import type { FieldSpec } from '../form/field-spec';
import type { FieldMessage } from '../form/form-validation';
import type { FormValue, FractionValue } from '../form/form-values';

export interface IndicatorFieldProps {
  spec: FieldSpec;
  value: FormValue;
  onChange: (value: FormValue) => void;
  issues?: FieldMessage[];
  lang: 'zh' | 'en';
  /** Name of a veto's cap grade in `lang`, for the hint. */
  gradeName?: (code: string) => string | undefined;
  disabled?: boolean;
  /** Replaces the indicator's name as the label (the review row names the indicator itself). */
  label?: ReactNode;
  /** Shown after the name (e.g. an "unsaved" tag). */
  labelExtra?: ReactNode;
  /** Offer "Clear" on an answered field (default true; review offers "back to the branch's value" instead). */
  clearable?: boolean;
}

const asNumber = (value: FormValue) => (typeof value === 'number' ? value : null);

/** What the indicator is worth, in one line under its input. */
function useHint(spec: FieldSpec, gradeName?: (code: string) => string | undefined): string {
  const { t } = useTranslation();
  switch (spec.role) {
    case 'bonus':
      return t('form.bonusCap', { points: spec.maxPoints });
    case 'deduction':
      return t('form.deductionCap', { points: spec.maxPoints });
    case 'veto': {
      const grade = spec.capGrade ? gradeName?.(spec.capGrade) : undefined;
      return grade ? t('form.veto', { grade }) : t('form.vetoAnyGrade');
    }
    default:
      return t('form.maxPoints', { points: spec.maxPoints });
  }
}

function FractionInput({ spec, value, onChange, issues, lang, disabled }: IndicatorFieldProps) {
  const { t, i18n } = useTranslation();
  const fraction: FractionValue =
    value && typeof value === 'object' && !Array.isArray(value)
      ? (value as FractionValue)
      : { numerator: null, denominator: null };
  const set = (part: keyof FractionValue) => (next: number | null) => onChange({ ...fraction, [part]: next });
  const partStatus = (part: keyof FractionValue) =>
    issues?.some((i) => i.part === part) ? 'error' : undefined;
  const { numerator, denominator } = fraction;
  const rate = numerator !== null && denominator ? numerator / denominator : null;
  return (
    <Space wrap>
      <Space.Compact>
        <Space.Addon>{t('form.numerator')}</Space.Addon>
        <InputNumber
          aria-label={`${spec.name[lang]} ${t('form.numerator')}`}
          value={numerator}
          onChange={set('numerator')}
          status={partStatus('numerator')}
          disabled={disabled}
        />
      </Space.Compact>
      <span aria-hidden>/</span>
      <Space.Compact>
        <Space.Addon>{t('form.denominator')}</Space.Addon>
        <InputNumber
          aria-label={`${spec.name[lang]} ${t('form.denominator')}`}
          value={denominator}
          onChange={set('denominator')}
          status={partStatus('denominator')}
          disabled={disabled}
        />
      </Space.Compact>
      {rate !== null ? (
        <Typography.Text type="secondary">
          {t('form.rate', { rate: formatRatioAsPercent(rate, i18n.language as AppLanguage) })}
        </Typography.Text>
      ) : null}
    </Space>
  );
}

function FieldInput(props: IndicatorFieldProps) {
  const { t } = useTranslation();
  const { spec, value, onChange, lang, disabled } = props;
  const label = spec.name[lang];
  switch (spec.kind) {
    case 'fraction':
      return <FractionInput {...props} />;
    case 'count':
    case 'number':
    case 'percent':
      return (
        <Space.Compact>
          {/* No min, max or precision: antd would clamp or round what was typed on blur (2.5 → 3,
              −2 → 0, 150 → 100). The value stays as typed; validation says what is wrong beside it. */}
          <InputNumber
            aria-label={label}
            step={spec.kind === 'percent' ? 0.1 : 1}
            value={asNumber(value)}
            onChange={(next) => onChange(next)}
            disabled={disabled}
            style={{ width: 160 }}
          />
          {spec.unit ? <Space.Addon>{spec.unit[lang]}</Space.Addon> : null}
        </Space.Compact>
      );
    case 'band':
      return (
        <Radio.Group
          aria-label={label}
          optionType="button"
          value={typeof value === 'string' ? value : undefined}
          options={(spec.options ?? []).map((o) => ({ value: o.value, label: o.label[lang] }))}
          onChange={(e) => onChange(e.target.value as string)}
          disabled={disabled}
        />
      );
    case 'checklist':
      // null (not answered) and [] (answered: nothing in place) differ; ticking anything answers
      return (
        <Space wrap>
          <Checkbox.Group
            aria-label={label}
            value={Array.isArray(value) ? value : []}
            options={(spec.options ?? []).map((o) => ({ value: o.value, label: o.label[lang] }))}
            onChange={(next) => onChange(next as string[])}
            disabled={disabled}
          />
          {value === null ? <Tag>{t('form.notAnswered')}</Tag> : null}
        </Space>
      );
    case 'yesNo':
      return (
        <Radio.Group
          aria-label={label}
          value={typeof value === 'boolean' ? value : undefined}
          options={[
            { value: true, label: t('form.yes') },
            { value: false, label: t('form.no') },
          ]}
          onChange={(e) => onChange(e.target.value as boolean)}
          disabled={disabled}
        />
      );
  }
}

/**
 * One indicator of the self-assessment: its name, the input its rule needs, what it is worth, and
 * what is wrong with it in words. Controlled; the form state lives with the screen (phase 2).
 */
export function IndicatorField(props: IndicatorFieldProps) {
  const { t } = useTranslation();
  const {
    spec,
    value,
    onChange,
    issues = [],
    lang,
    disabled,
    labelExtra,
    clearable = true,
    label = spec.name[lang],
  } = props;
  const hint = useHint(spec, props.gradeName);
  const answered =
    value !== null &&
    !(
      spec.kind === 'fraction' &&
      (value as FractionValue).numerator === null &&
      (value as FractionValue).denominator === null
    );
  return (
    <Form.Item
      label={
        labelExtra ? (
          <Space size={4} wrap>
            {label}
            {labelExtra}
          </Space>
        ) : (
          label
        )
      }
      validateStatus={issues.length ? 'error' : undefined}
      help={issues.length ? issues.map((i) => i.message).join(' ') : undefined}
      extra={hint}
    >
      <Space align="start" wrap>
        <FieldInput {...props} />
        {answered && !disabled && clearable ? (
          <Button
            type="link"
            size="small"
            onClick={() => onChange(spec.kind === 'fraction' ? { numerator: null, denominator: null } : null)}
          >
            {t('form.clear')}
          </Button>
        ) : null}
      </Space>
    </Form.Item>
  );
}

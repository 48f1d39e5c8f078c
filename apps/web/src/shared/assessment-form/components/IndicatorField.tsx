import { Button, Checkbox, Form, InputNumber, Radio, Space, Tag, Typography, theme } from 'antd';
import type { TFunction } from 'i18next';
import { type ReactNode, useId } from 'react';
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
  /** Read-only (a submitted or approved quarter, a closed review): the value shown as text, not an input. */
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

function FractionInput({ spec, value, onChange, issues, lang }: IndicatorFieldProps) {
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
  const { spec, value, onChange, lang } = props;
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
        />
      );
  }
}

const present = <T,>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/**
 * A field's value in words, as describeInput (libs/scoring) words an indicator's input in tables
 * and in the reviewer's rows: "11/12", "3 次", "87.5%", a band's name, the checklist items present
 * ("无" when none), "是" / "否". Null when not answered. Works from the field's spec alone, so a
 * read-only form needs no framework.
 */
export function describeFieldValue(
  spec: FieldSpec,
  value: FormValue,
  lang: 'zh' | 'en',
  t: TFunction,
): string | null {
  if (value === null || value === undefined) return null;
  switch (spec.kind) {
    case 'fraction': {
      const { numerator, denominator } = value as FractionValue;
      if (!present(numerator) && !present(denominator)) return null;
      const [n, d] = [numerator, denominator].map((part) => (present(part) ? String(part) : '—'));
      return lang === 'en' ? `${n} of ${d}` : `${n}/${d}`;
    }
    case 'count':
    case 'number':
    case 'percent': {
      if (typeof value !== 'number') return String(value);
      const unit = spec.unit?.[lang];
      if (!unit) return String(value);
      return spec.kind === 'percent' ? `${value}${unit}` : `${value} ${unit}`;
    }
    case 'band':
      return spec.options?.find((o) => o.value === value)?.label[lang] ?? String(value);
    case 'checklist': {
      if (!Array.isArray(value)) return String(value);
      const names = value.map((code) => spec.options?.find((o) => o.value === code)?.label[lang] ?? code);
      if (names.length === 0) return lang === 'en' ? 'none' : '无';
      return names.join(lang === 'en' ? ', ' : '、');
    }
    case 'yesNo':
      return value === true ? t('form.yes') : value === false ? t('form.no') : String(value);
  }
}

/**
 * A read-only field (a submitted or approved quarter, a closed review): the value as text in the
 * normal text colour, not a greyed-out disabled input. An <output> named by the field's label, so a
 * screen reader reads "三会一课落实率 11/12"; not a live region, as nothing here changes by itself.
 */
function ReadOnlyValue({ spec, value, lang, id }: IndicatorFieldProps & { id: string }) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const words = describeFieldValue(spec, value, lang, t);
  const fraction = spec.kind === 'fraction' ? (value as FractionValue | null) : null;
  const rate =
    fraction && present(fraction.numerator) && fraction.denominator
      ? fraction.numerator / fraction.denominator
      : null;
  return (
    <output
      id={id}
      aria-live="off"
      data-testid={`read-only-${spec.code}`}
      style={{
        display: 'inline-block',
        minHeight: token.controlHeight,
        padding: `${token.paddingXXS}px ${token.paddingSM}px`,
        borderRadius: token.borderRadius,
        background: token.colorFillAlter,
        color: words === null ? token.colorTextSecondary : token.colorText,
        fontSize: token.fontSizeLG,
        lineHeight: `${token.controlHeight - 2 * token.paddingXXS}px`,
        overflowWrap: 'anywhere',
      }}
    >
      {words ?? t('form.notAnswered')}
      {rate !== null ? (
        <Typography.Text type="secondary" style={{ marginInlineStart: token.marginSM }}>
          {t('form.rate', { rate: formatRatioAsPercent(rate, i18n.language as AppLanguage) })}
        </Typography.Text>
      ) : null}
    </output>
  );
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
  const valueId = useId();
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
      // read-only: the label names the value shown as text (an <output>, which a label can name)
      htmlFor={disabled ? valueId : undefined}
    >
      {disabled ? (
        <ReadOnlyValue {...props} id={valueId} />
      ) : (
        <Space align="start" wrap>
          <FieldInput {...props} />
          {answered && clearable ? (
            <Button
              type="link"
              size="small"
              onClick={() =>
                onChange(spec.kind === 'fraction' ? { numerator: null, denominator: null } : null)
              }
            >
              {t('form.clear')}
            </Button>
          ) : null}
        </Space>
      )}
    </Form.Item>
  );
}

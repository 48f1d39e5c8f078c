import type { Framework, Indicator } from '@pathboard/scoring';
import { Card, Form, InputNumber, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldStatus } from '../../../../shared/framework-editing/RuleParamFields';
import {
  CHECK_DEFAULTS,
  FRAMEWORK_CHECK_KEYS,
  INDICATOR_CHECK_KEYS,
  indicatorCheckLocation,
  indicatorCheckValue,
  isMeasured,
  isRate,
  type FrameworkCheckKey,
  type IndicatorCheckKey,
} from '../../model/framework-checks';

interface IndicatorProps {
  indicator: Indicator;
  /** Its property path in the draft, e.g. `paths[0].indicators[3]`. */
  at: string;
  ariaPrefix: string;
  field: (location: string) => FieldStatus;
  onChange: (key: IndicatorCheckKey, value: number | null) => void;
}

/**
 * A measured indicator's data-check settings: its expected range and minChange. A cleared input
 * removes the setting; no bounds clamp what is typed (the validator's message says what is wrong).
 */
export function IndicatorCheckFields({ indicator, at, ariaPrefix, field, onChange }: IndicatorProps) {
  const { t } = useTranslation();
  if (!isMeasured(indicator)) return null;
  const rate = isRate(indicator);
  return (
    // A tinted box: the settings belong to the indicator above, and are not part of its score.
    <Space
      wrap
      align="start"
      size={8}
      data-testid={`editor-checks-${indicator.code}`}
      role="group"
      aria-label={`${ariaPrefix} ${t('admin.frameworks.checks.view')}`}
      style={{ background: 'rgba(0, 0, 0, 0.03)', borderRadius: 6, padding: '4px 8px 0', marginBottom: 8 }}
    >
      {INDICATOR_CHECK_KEYS.map((key) => {
        const label = t(`admin.frameworks.checks.${key}`);
        return (
          <Form.Item
            key={key}
            label={label}
            tooltip={t(`admin.frameworks.checks.${key}Help`)}
            style={{ marginBottom: 8 }}
            {...field(indicatorCheckLocation(at, key))}
          >
            <InputNumber
              aria-label={`${ariaPrefix} ${label}`}
              placeholder={rate ? t('admin.frameworks.checks.ratePlaceholder') : undefined}
              value={indicatorCheckValue(indicator, key)}
              onChange={(value) => onChange(key, typeof value === 'number' ? value : null)}
            />
          </Form.Item>
        );
      })}
    </Space>
  );
}

interface FrameworkProps {
  draft: Framework;
  field: (location: string) => FieldStatus;
  onChange: (key: FrameworkCheckKey, value: number | null) => void;
}

/** The framework's jump share and outlier score; left empty, libs/scoring's default applies (shown). */
export function FrameworkCheckFields({ draft, field, onChange }: FrameworkProps) {
  const { t } = useTranslation();
  return (
    <Card size="small" style={{ marginBottom: 12 }} title={t('admin.frameworks.checks.title')}>
      <Space wrap align="start">
        {FRAMEWORK_CHECK_KEYS.map((key) => {
          const label = t(`admin.frameworks.checks.${key}`);
          return (
            <Form.Item
              key={key}
              label={label}
              tooltip={t(`admin.frameworks.checks.${key}Help`)}
              {...field(`checks.${key}`)}
            >
              <InputNumber
                aria-label={label}
                placeholder={t('admin.frameworks.checks.default', { value: CHECK_DEFAULTS[key] })}
                value={draft.checks?.[key] ?? null}
                onChange={(value) => onChange(key, typeof value === 'number' ? value : null)}
              />
            </Form.Item>
          );
        })}
      </Space>
    </Card>
  );
}

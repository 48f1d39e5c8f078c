import { Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../formatting';
import { useAppLanguage } from '../i18n/use-app-language';

/** What a quarter choice needs: its code and whether it is still open (any period query fits). */
export interface PeriodChoice {
  code: string;
  status: string;
}

/**
 * The one quarter picker (self-assessment, review, branch, overview, compare): newest first as
 * given, each saying whether it is still open. Labelled for screen readers; wide enough for English.
 */
export function PeriodSelect({
  periods,
  value,
  onChange,
  id,
}: {
  periods: readonly PeriodChoice[];
  value: string | null | undefined;
  onChange: (code: string) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  return (
    <Select
      id={id}
      aria-label={t('period.label')}
      style={{ minWidth: 200 }}
      value={value ?? undefined}
      placeholder={t('period.placeholder')}
      onChange={onChange}
      options={periods.map((p) => ({
        value: p.code,
        label: (
          <span>
            {formatPeriod(p.code, language)}{' '}
            <Tag
              bordered={false}
              color={p.status === 'OPEN' ? 'processing' : 'default'}
              style={{ marginInlineEnd: 0 }}
            >
              {t(p.status === 'OPEN' ? 'period.open' : 'period.closed')}
            </Tag>
          </span>
        ),
      }))}
    />
  );
}

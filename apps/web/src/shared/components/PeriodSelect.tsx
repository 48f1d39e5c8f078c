import { Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../formatting';
import { useAppLanguage } from '../i18n/use-app-language';

/** What a quarter choice needs: its code and whether it is still open (any period query fits). */
export interface PeriodChoice {
  code: string;
  status: string;
}

/** The value a year option carries in a picker with `withYears`: `Y2026`. */
export const yearValue = (year: number) => `Y${year}`;
export const yearOfValue = (value: string | null | undefined): number | null =>
  value && /^Y\d{4}$/.test(value) ? Number(value.slice(1)) : null;

/**
 * The one quarter picker (self-assessment, review, branch, overview, compare): newest first as
 * given, each saying whether it is still open. Labelled for screen readers; wide enough for English.
 */
export function PeriodSelect({
  periods,
  value,
  onChange,
  id,
  withYears,
}: {
  periods: readonly PeriodChoice[];
  value: string | null | undefined;
  onChange: (code: string) => void;
  id?: string;
  /** Also offer each year (2026年度, value `Y2026`) before its newest quarter. */
  withYears?: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const quarterOption = (p: PeriodChoice) => ({
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
  });
  const options = withYears
    ? periods.flatMap((p, i) => {
        const year = Number(p.code.slice(0, 4));
        const first = i === 0 || periods[i - 1].code.slice(0, 4) !== p.code.slice(0, 4);
        const yearOption = {
          value: yearValue(year),
          label: <span>{t('period.year', { year })}</span>,
        };
        return first ? [yearOption, quarterOption(p)] : [quarterOption(p)];
      })
    : periods.map(quarterOption);
  return (
    <Select
      id={id}
      aria-label={t('period.label')}
      style={{ minWidth: 200 }}
      value={value ?? undefined}
      placeholder={t('period.placeholder')}
      onChange={onChange}
      options={options}
    />
  );
}

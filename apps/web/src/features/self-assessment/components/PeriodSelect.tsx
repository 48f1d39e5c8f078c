import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../../../shared/formatting';
import type { PeriodInfo } from '../hooks/usePeriods';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';

/** 2026年第四季度（进行中）. Labelled for screen readers; wide enough for the English labels. */
export function PeriodSelect({
  periods,
  value,
  onChange,
}: {
  periods: readonly PeriodInfo[];
  value: string | null;
  onChange: (period: string) => void;
}) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const stateLabel = (p: PeriodInfo) =>
    p.status === 'OPEN' ? t('assessment.period.open') : t('assessment.period.closed');
  return (
    <Select
      aria-label={t('assessment.period.label')}
      value={value ?? undefined}
      onChange={onChange}
      style={{ minWidth: 200 }}
      options={periods.map((p) => ({
        value: p.code,
        label: t('assessment.period.option', {
          period: formatPeriod(p.code, language),
          state: stateLabel(p),
        }),
      }))}
    />
  );
}

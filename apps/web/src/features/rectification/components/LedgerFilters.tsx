import { Checkbox, Input, Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RectificationStatus } from '../../../generated/graphql';
import type { LedgerFilterState } from '../model/ledger-filter';

const STATUSES: RectificationStatus[] = ['OPEN', 'ANSWERED', 'CLOSED'];

export function LedgerFilters({
  value,
  onChange,
}: {
  value: LedgerFilterState;
  onChange: (next: LedgerFilterState) => void;
}) {
  const { t } = useTranslation();
  return (
    <Space wrap>
      <Select
        aria-label={t('rectification.filters.status')}
        style={{ minWidth: 160 }}
        value={value.status ?? ''}
        onChange={(status: string) =>
          onChange({ ...value, status: (status || null) as RectificationStatus | null })
        }
        options={[
          { value: '', label: `${t('rectification.filters.status')}：${t('rectification.filters.all')}` },
          ...STATUSES.map((s) => ({ value: s, label: t(`rectification.status.${s}`) })),
        ]}
      />
      <Input
        allowClear
        style={{ width: 160 }}
        placeholder={t('rectification.filters.path')}
        value={value.pathCode}
        onChange={(e) => onChange({ ...value, pathCode: e.target.value })}
      />
      <Input
        allowClear
        style={{ width: 180 }}
        placeholder={t('rectification.filters.indicator')}
        value={value.indicatorCode}
        onChange={(e) => onChange({ ...value, indicatorCode: e.target.value })}
      />
      {value.unitId ? (
        <Tag closable onClose={() => onChange({ ...value, unitId: null })} data-testid="ledger-unit-filter">
          {t('rectification.filters.unit')}
        </Tag>
      ) : null}
      <Checkbox checked={value.overdue} onChange={(e) => onChange({ ...value, overdue: e.target.checked })}>
        {t('rectification.filters.overdue')}
      </Checkbox>
    </Space>
  );
}

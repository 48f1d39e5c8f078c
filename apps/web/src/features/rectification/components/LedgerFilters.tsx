import { Checkbox, Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RectificationStatus } from '../../../generated/graphql';
import type { FacetOption } from '../model/ledger-facets';
import type { LedgerFilterState } from '../model/ledger-filter';

const STATUSES: RectificationStatus[] = ['OPEN', 'ANSWERED', 'CLOSED'];

/** Status, path, indicator (by name: `paths`, `indicators`), the overview's unit, overdue only. */
export function LedgerFilters({
  value,
  onChange,
  paths,
  indicators,
}: {
  value: LedgerFilterState;
  onChange: (next: LedgerFilterState) => void;
  paths: FacetOption[];
  indicators: FacetOption[];
}) {
  const { t } = useTranslation();
  const all = (label: string) => ({
    value: '',
    label: t('header.labelled', { label, text: t('rectification.filters.all') }),
  });
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
          all(t('rectification.filters.status')),
          ...STATUSES.map((s) => ({ value: s, label: t(`rectification.status.${s}`) })),
        ]}
      />
      <Select
        aria-label={t('rectification.filters.path')}
        style={{ minWidth: 160 }}
        value={value.pathCode.trim().toUpperCase()}
        // Another path's indicator would list nothing: the indicator goes with the path.
        onChange={(pathCode: string) => onChange({ ...value, pathCode, indicatorCode: '' })}
        options={[all(t('rectification.filters.path')), ...paths]}
      />
      <Select
        aria-label={t('rectification.filters.indicator')}
        showSearch
        optionFilterProp="label"
        style={{ minWidth: 200 }}
        value={value.indicatorCode.trim()}
        onChange={(indicatorCode: string) => onChange({ ...value, indicatorCode })}
        options={[all(t('rectification.filters.indicator')), ...indicators]}
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

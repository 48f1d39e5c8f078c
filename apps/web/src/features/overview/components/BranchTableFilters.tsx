import { type GradeBand } from '@pathboard/charts';
import { Button, Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ASSESSMENT_STATUSES,
  NO_ASSESSMENT,
  NOT_GRADED,
  SECTORS,
  type SectorCode,
  type StatusFilterValue,
} from '../model/domain';
import type { TableFilters } from '../model/branch-rows';

export interface BranchTableFiltersProps {
  filters: TableFilters;
  grades: GradeBand[];
  onChange: (filters: TableFilters) => void;
}

/** Typing in the search box updates the link after a pause, not on every key (a history entry each). */
const SEARCH_DEBOUNCE_MS = 250;

export function BranchTableFilters({ filters, grades, onChange }: BranchTableFiltersProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const [search, setSearch] = useState(filters.q ?? '');

  // Follow the URL when it changes from elsewhere (Back button, a cleared filter).
  useEffect(() => setSearch(filters.q ?? ''), [filters.q]);
  useEffect(() => {
    if (search === (filters.q ?? '')) return undefined;
    const timer = setTimeout(
      () => onChange({ ...filters, q: search.trim() || undefined }),
      SEARCH_DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
  }, [search, filters, onChange]);

  const any =
    filters.sector.length > 0 || filters.grade.length > 0 || filters.status.length > 0 || Boolean(filters.q);
  const selectStyle = { minWidth: 150, maxWidth: 320 };

  return (
    <Form layout="inline" style={{ rowGap: 8 }} aria-label={t('overview.filters.label')}>
      <Form.Item label={t('overview.filters.sector')} htmlFor="overview-filter-sector">
        <Select<SectorCode[]>
          id="overview-filter-sector"
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          style={selectStyle}
          value={filters.sector}
          onChange={(sector) => onChange({ ...filters, sector })}
          options={SECTORS.map((s) => ({ value: s, label: t(`overview.sectors.${s}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('overview.filters.grade')} htmlFor="overview-filter-grade">
        <Select<string[]>
          id="overview-filter-grade"
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          style={selectStyle}
          value={filters.grade}
          onChange={(grade) => onChange({ ...filters, grade })}
          options={[
            ...grades.map((g) => ({ value: g.code, label: g.name[lang] })),
            { value: NOT_GRADED, label: t('overview.notGraded') },
          ]}
        />
      </Form.Item>
      <Form.Item label={t('overview.filters.status')} htmlFor="overview-filter-status">
        <Select<StatusFilterValue[]>
          id="overview-filter-status"
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          style={selectStyle}
          value={filters.status}
          onChange={(status) => onChange({ ...filters, status })}
          options={[...ASSESSMENT_STATUSES, NO_ASSESSMENT].map((s) => ({
            value: s,
            label: t(`overview.statuses.${s}`),
          }))}
        />
      </Form.Item>
      <Form.Item>
        <Input.Search
          allowClear
          aria-label={t('overview.filters.search')}
          placeholder={t('overview.filters.search')}
          style={{ width: 250 }}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(value) => onChange({ ...filters, q: value.trim() || undefined })}
        />
      </Form.Item>
      {any ? (
        <Form.Item>
          <Button onClick={() => onChange({ sector: [], grade: [], status: [], q: undefined })}>
            {t('overview.filters.clear')}
          </Button>
        </Form.Item>
      ) : null}
    </Form>
  );
}

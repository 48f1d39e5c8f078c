import { type GradeBand } from '@pathboard/charts';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { Button, Form, Input, Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ASSESSMENT_STATUSES,
  NO_ASSESSMENT,
  NOT_GRADED,
  SECTORS,
  type SectorCode,
  type StatusFilterValue,
} from '../../../shared/org/domain';
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
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The filters as of now, for a timer that fires later (its closure would hold stale ones).
  const latest = useRef(filters);
  useEffect(() => {
    latest.current = filters;
  }, [filters]);

  // The link's search changed from elsewhere (Back, "clear filters"): show it, drop any pending typing.
  useEffect(() => {
    clearTimeout(pending.current);
    setSearch(filters.q ?? '');
  }, [filters.q]);
  useEffect(() => () => clearTimeout(pending.current), []);

  const type = (value: string) => {
    setSearch(value);
    clearTimeout(pending.current);
    pending.current = setTimeout(
      () => onChange({ ...latest.current, q: value.trim() || undefined }),
      SEARCH_DEBOUNCE_MS,
    );
  };
  const apply = (next: TableFilters) => {
    clearTimeout(pending.current); // an explicit change wins over typing still waiting for its pause
    onChange(next);
  };

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
          onChange={(sector) => apply({ ...filters, sector })}
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
          onChange={(grade) => apply({ ...filters, grade })}
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
          onChange={(status) => apply({ ...filters, status })}
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
          maxLength={TEXT_LIMITS.search}
          onChange={(e) => type(e.target.value)}
          onSearch={(value) => apply({ ...filters, q: value.trim() || undefined })}
        />
      </Form.Item>
      {any ? (
        <Form.Item>
          <Button onClick={() => apply({ sector: [], grade: [], status: [], q: undefined })}>
            {t('overview.filters.clear')}
          </Button>
        </Form.Item>
      ) : null}
    </Form>
  );
}

import { COMPARE_MAX } from '@pathboard/charts';
import { Select, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type BranchOption, branchMatches } from '../../../shared/org/org-tree';

export interface BranchPickerProps {
  id?: string;
  options: readonly BranchOption[];
  value: string[];
  onChange: (ids: string[]) => void;
}

/**
 * Searchable choice of up to six branches in scope. antd's Select draws its list virtually, so a
 * 5,000-branch district is as quick to search as a street; the street name tells namesakes apart.
 */
export function BranchPicker({ id, options, value, onChange }: BranchPickerProps) {
  const { t } = useTranslation();
  const byId = useMemo(() => new Map(options.map((o) => [o.id, o])), [options]);
  const selectOptions = useMemo(
    () =>
      options.map((o) => ({
        value: o.id,
        label: o.name,
        disabled: value.length >= COMPARE_MAX && !value.includes(o.id),
        title: [o.name, o.parentName, o.code].filter(Boolean).join(' · '),
      })),
    [options, value],
  );
  return (
    <Select
      id={id}
      mode="multiple"
      allowClear
      showSearch
      style={{ width: '100%' }}
      value={value}
      placeholder={t('compare.branchesPlaceholder')}
      options={selectOptions}
      optionRender={(option) => {
        const branch = byId.get(String(option.value));
        return (
          <span>
            {branch?.name}{' '}
            <Tag bordered={false} style={{ marginInlineStart: 4 }}>
              {branch?.parentName ?? ''}
            </Tag>
            <span style={{ color: '#8c8c8c', fontSize: 12 }}>{branch?.code}</span>
          </span>
        );
      }}
      filterOption={(input, option) => {
        const branch = option ? byId.get(String(option.value)) : undefined;
        return branch ? branchMatches(branch, input) : false;
      }}
      onChange={(ids: string[]) => onChange(ids.slice(0, COMPARE_MAX))}
    />
  );
}

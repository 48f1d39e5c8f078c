import { ArrowUpOutlined, LinkOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Form, Space, TreeSelect } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodListQuery } from '../../../generated/graphql';
import { PeriodSelect } from '../../../shared/components/PeriodSelect';
import { ancestorsOf, findUnit, type OrgNode, overviewUnitOptions } from '../../../shared/org/org-tree';

export type PeriodItem = PeriodListQuery['periods'][number];

export interface UnitPeriodToolbarProps {
  root: OrgNode;
  unitId: string;
  /**
   * The shown unit's name from its figures, for a unit the picker's tree does not hold (deeper than
   * the tree's levels): the picker shows it instead of the unit's raw id.
   */
  unitName?: string;
  periods: readonly PeriodItem[];
  period: string | undefined;
  onUnitChange: (unitId: string) => void;
  onPeriodChange: (period: string) => void;
  /** Further actions on the right (report downloads, import). */
  actions?: ReactNode;
}

/** Which unit and quarter: tree picker, quarter picker, the way back up, and a shareable link. */
export function UnitPeriodToolbar({
  root,
  unitId,
  unitName,
  periods,
  period,
  onUnitChange,
  onPeriodChange,
  actions,
}: UnitPeriodToolbarProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  // OVERVIEW_UNIT_TREE is loaded without the assessed leaves: every unit it holds can be opened.
  const treeData = useMemo(() => [overviewUnitOptions(root, { leavesOmitted: true })], [root]);
  const selectedName = findUnit(root, unitId)?.name ?? unitName;
  const trail = useMemo(() => ancestorsOf(root, unitId), [root, unitId]);
  const parent = trail.length > 1 ? trail[trail.length - 2] : null;

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      void message.success(t('overview.linkCopied'));
    } catch {
      void message.warning(t('overview.linkCopyFailed'));
    }
  };

  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }}>
      {trail.length > 1 ? (
        <Breadcrumb
          items={trail.map((unit, i) => ({
            key: unit.id,
            title:
              i < trail.length - 1 ? (
                <a
                  href={`?unit=${unit.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onUnitChange(unit.id);
                  }}
                >
                  {unit.name}
                </a>
              ) : (
                unit.name
              ),
          }))}
        />
      ) : null}
      <Space wrap size={[12, 8]} style={{ width: '100%', justifyContent: 'space-between' }}>
        <Form layout="inline" style={{ rowGap: 8 }}>
          <Form.Item label={t('overview.unit')} htmlFor="overview-unit">
            <TreeSelect
              id="overview-unit"
              style={{ width: 240 }}
              // With its label: a unit missing from the tree would otherwise show as its id.
              labelInValue
              value={selectedName === undefined ? undefined : { value: unitId, label: selectedName }}
              treeData={treeData}
              treeDefaultExpandedKeys={[root.id]}
              showSearch
              treeNodeFilterProp="title"
              placeholder={t('overview.unitPlaceholder')}
              onChange={(picked: { value: string; label?: ReactNode }) => onUnitChange(picked.value)}
            />
          </Form.Item>
          <Form.Item label={t('overview.period')} htmlFor="overview-period">
            <PeriodSelect
              id="overview-period"
              periods={periods}
              value={period}
              onChange={onPeriodChange}
              withYears
            />
          </Form.Item>
          {parent ? (
            <Form.Item>
              <Button icon={<ArrowUpOutlined />} onClick={() => onUnitChange(parent.id)}>
                {t('overview.upOneLevel')}
              </Button>
            </Form.Item>
          ) : null}
        </Form>
        <Space wrap>
          {actions}
          <Button icon={<LinkOutlined />} onClick={() => void copyLink()}>
            {t('overview.copyLink')}
          </Button>
        </Space>
      </Space>
    </Space>
  );
}

import { useQuery } from '@apollo/client';
import {
  COMPARE_MAX,
  COMPARE_MIN,
  compareRadarOption,
  DEFAULT_GRADES,
  type GradeBand,
} from '@pathboard/charts';
import { Button, Card, Col, Empty, Form, Result, Row, Skeleton, Space, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompactCharts, useContentLang } from '../../../shared/charts';
import { useDescribeError } from '../../../shared/errors';
import { currentQuarter } from '../../../shared/org/current-quarter';
import { BRANCH_PICKER_TREE, PERIOD_LIST } from '../../../shared/org/org-period.operations';
import { ChartCard } from '../../overview';
import { PeriodSelect, yearOfValue } from '../../../shared/components/PeriodSelect';
import { AnnualCompare } from '../../annual';
import { leafBranches, type OrgNode } from '../../../shared/org/org-tree';
import { COMPARE_BRANCHES, COMPARE_GRADES } from '../graphql/compare.operations';
import { useCompareUrlState } from '../hooks/useCompareUrlState';
import { compareRadarInput, unscoredBranchNames } from '../model/compare-table';
import { BranchPicker } from './BranchPicker';
import { CompareTable } from './CompareTable';

/** 2–6 branches of the user's scope side by side: a radar of path percents and every point in a table. */
export function ComparePage() {
  const { t } = useTranslation();
  const lang = useContentLang();
  const compact = useCompactCharts();
  const describe = useDescribeError();
  const [state, update] = useCompareUrlState();

  // no-cache: normalising a 5,000-branch tree into Apollo's cache blocks the page for a second.
  // Its own query: the picker's search matches the names' pinyin, which the shared tree leaves out.
  const tree = useQuery(BRANCH_PICKER_TREE, { fetchPolicy: 'no-cache' });
  const periods = useQuery(PERIOD_LIST, { fetchPolicy: 'cache-and-network' });
  const periodList = periods.data?.periods ?? [];
  const period = state.period ?? currentQuarter(periodList) ?? undefined;
  // The year option (Y2026): the annual figures; its last quarter's framework names the paths.
  const year = yearOfValue(period);
  const frameworkId = year
    ? periodList.find((p) => p.code.startsWith(String(year)))?.frameworkId
    : periodList.find((p) => p.code === period)?.frameworkId;
  const options = useMemo(() => (tree.data ? leafBranches(tree.data.orgTree as OrgNode) : []), [tree.data]);

  const ready = state.branches.length >= COMPARE_MIN && Boolean(period);
  const compared = useQuery(COMPARE_BRANCHES, {
    variables: { branchIds: state.branches, period: period ?? '' },
    skip: !ready || year !== null,
  });
  const gradesQuery = useQuery(COMPARE_GRADES, {
    variables: { frameworkId: frameworkId ?? '' },
    skip: !frameworkId || year !== null,
  });
  const grades: GradeBand[] = useMemo(
    () =>
      gradesQuery.data?.framework.grades.map((g) => ({
        code: g.code,
        min: g.min,
        name: { zh: g.name.zh, en: g.name.en },
      })) ?? DEFAULT_GRADES,
    [gradesQuery.data],
  );

  const branches = useMemo(
    () => (compared.data ?? compared.previousData)?.compare ?? [],
    [compared.data, compared.previousData],
  );
  const radarOption = useMemo(() => {
    if (branches.length < COMPARE_MIN || branches.length > COMPARE_MAX) return null;
    const input = compareRadarInput(branches);
    return input.paths.length
      ? compareRadarOption(input.branches, input.paths, {
          lang,
          axisNameWidth: lang === 'zh' ? 12 : 14,
          compact,
        })
      : null;
  }, [branches, lang, compact]);
  const unscored = useMemo(() => unscoredBranchNames(branches), [branches]);

  if ((tree.loading && !tree.data) || (periods.loading && !periods.data))
    return <Skeleton active paragraph={{ rows: 10 }} />;
  const contextError = tree.error ?? periods.error;
  if (contextError) {
    return (
      <Result
        status="error"
        title={t('compare.loadFailed')}
        subTitle={describe(contextError).message}
        extra={<Button onClick={() => void tree.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }

  let body;
  if (!ready) {
    body = (
      <Card>
        <Empty description={t('compare.pickHint')} />
      </Card>
    );
  } else if (year) {
    body = <AnnualCompare branchIds={state.branches} year={year} frameworkId={frameworkId} />;
  } else if (compared.error && !compared.loading) {
    const words = describe(compared.error);
    body = (
      <Result
        status="error"
        title={t('compare.loadFailed')}
        subTitle={[words.message, ...words.details].join(' ')}
        extra={<Button onClick={() => void compared.refetch()}>{t('common.retry')}</Button>}
      />
    );
  } else if (branches.length === 0) {
    body = <Skeleton active paragraph={{ rows: 10 }} />;
  } else {
    body = (
      <Spin spinning={compared.loading} delay={150}>
        {/* Stacked, each full width: six branch columns need the whole width, and the radar's legend
            of six long names needs room below it. */}
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <ChartCard
            title={t('compare.radar')}
            option={radarOption}
            height={420}
            hint={
              unscored.length
                ? t('compare.radarUnscored', { names: unscored.join(lang === 'zh' ? '、' : ', ') })
                : undefined
            }
          />
          <Card size="small" title={t('compare.table')}>
            <CompareTable branches={branches} grades={grades} period={period ?? ''} />
          </Card>
        </Space>
      </Spin>
    );
  }

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('compare.title')}
      </Typography.Title>
      <Form layout="vertical">
        <Row gutter={12}>
          <Col xs={24} md={8} xl={5}>
            <Form.Item label={t('compare.period')} htmlFor="compare-period" style={{ marginBottom: 0 }}>
              <PeriodSelect
                id="compare-period"
                withYears
                periods={periodList}
                value={period}
                onChange={(code) => update({ ...state, period: code })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={16} xl={19}>
            <Form.Item
              label={t('compare.branches')}
              htmlFor="compare-branches"
              help={t('compare.branchesHelp', { count: state.branches.length, max: COMPARE_MAX })}
              style={{ marginBottom: 0 }}
            >
              <BranchPicker
                id="compare-branches"
                options={options}
                value={state.branches}
                onChange={(ids) => update({ ...state, branches: ids })}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {body}
    </Space>
  );
}

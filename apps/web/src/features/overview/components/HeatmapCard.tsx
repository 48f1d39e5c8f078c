import { useQuery } from '@apollo/client';
import {
  heatmapMinWidth,
  heatmapOption,
  heatmapTable,
  indicatorHeatmapMinWidth,
  indicatorHeatmapOption,
  indicatorHeatmapTable,
  pickLabel,
} from '@pathboard/charts';
import { Select, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompactCharts, useContentLang } from '../../../shared/charts';
import { useDescribeError } from '../../../shared/errors';
import { OVERVIEW_INDICATOR_MATRIX } from '../graphql/indicator-matrix.operations';
import type { BranchRow, ScoreboardResult } from '../model/branch-rows';
import { heatmapView, indicatorColumns, indicatorRows, PATHS_VIEW } from '../model/indicator-heatmap';
import { type DrillTarget, gradeBands, heatmapRows, pathHeaders } from '../model/overview-model';
import { categoryChartHeight, type ChartClick, ChartCard } from './ChartCard';

export interface HeatmapCardProps {
  scoreboard: ScoreboardResult;
  visibleRows: readonly BranchRow[];
  onDrill: (target: DrillTarget) => void;
}

/**
 * Branches × paths, or, on demand, branches × one path's indicators (the matrix is only asked for
 * once someone picks a path: most visits never need it). Both follow the table's filters and order.
 */
export function HeatmapCard({ scoreboard, visibleRows, onDrill }: HeatmapCardProps) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const compact = useCompactCharts();
  const describe = useDescribeError();
  const grades = useMemo(() => gradeBands(scoreboard), [scoreboard]);
  const paths = useMemo(() => pathHeaders(scoreboard), [scoreboard]);
  const [viewValue, setViewValue] = useState(PATHS_VIEW);
  // A path the current framework does not have (another quarter) falls back to the path view.
  const view = heatmapView(paths.some((p) => p.code === viewValue) ? viewValue : PATHS_VIEW);
  const pathCode = view.kind === 'indicators' ? view.pathCode : null;

  const matrix = useQuery(OVERVIEW_INDICATOR_MATRIX, {
    // The table's page only: the heatmap pages with the table.
    variables: {
      unitId: scoreboard.unit.id,
      period: scoreboard.period,
      pathCode: pathCode ?? '',
      branchIds: visibleRows.map((r) => r.id),
    },
    skip: pathCode === null,
    // Not worth normalising into the cache (see useOverviewData).
    fetchPolicy: 'no-cache',
  });
  const matrixData = pathCode ? (matrix.data ?? matrix.previousData)?.indicatorMatrix : undefined;

  const pathRows = useMemo(() => heatmapRows(visibleRows), [visibleRows]);
  const indRows = useMemo(
    () => (matrixData ? indicatorRows(matrixData, visibleRows) : []),
    [matrixData, visibleRows],
  );

  const rows = pathCode ? indRows : pathRows;
  const indColumns = useMemo(() => (matrixData ? indicatorColumns(matrixData) : []), [matrixData]);
  // The chart and its data table from the same rows, columns and options, so they cannot disagree.
  const chart = useMemo(() => {
    if (!rows.length) return { option: null, table: null };
    if (!pathCode) {
      // Path names wrap over two lines so all of them fit above narrow columns (ECharts hides overlaps).
      const options = { lang, grades, compact, columnNameWidth: lang === 'zh' ? 12 : 16 };
      return {
        option: heatmapOption(pathRows, paths, options),
        table: heatmapTable(pathRows, paths, options),
      };
    }
    if (!matrixData) return { option: null, table: null };
    const options = { lang, grades, compact };
    return {
      option: indicatorHeatmapOption(indRows, indColumns, options),
      table: indicatorHeatmapTable(indRows, indColumns, options),
    };
  }, [rows.length, pathCode, pathRows, paths, indRows, indColumns, matrixData, lang, grades, compact]);
  // A phone, or many indicators: the chart scrolls sideways rather than overlap names and figures.
  const minWidth = pathCode
    ? indicatorHeatmapMinWidth(indRows.length, indColumns, compact)
    : heatmapMinWidth('paths', paths.length, pathRows.length, compact);

  const onClick = (params: unknown) => {
    const { componentType, value } = params as ChartClick;
    const y = Array.isArray(value) ? value[1] : undefined;
    const row = componentType === 'series' && typeof y === 'number' ? rows[y] : undefined;
    if (row) onDrill({ kind: 'branch', branchId: row.id });
  };
  // A table row's branch name opens the branch, as a click on its cells does (the keyboard's way down).
  const rowLink = {
    column: 'branch',
    label: (name: string) => t('overview.charts.openUnit', { name }),
    onOpen: (branchId: string) => onDrill({ kind: 'branch', branchId }),
  };

  const pathName = pathCode ? pickLabel(paths.find((p) => p.code === pathCode)!.name, lang) : '';
  const picker = (
    <Select
      size="small"
      value={pathCode ?? PATHS_VIEW}
      onChange={setViewValue}
      aria-label={t('overview.charts.heatmapView')}
      popupMatchSelectWidth={false}
      style={{ minWidth: 140 }}
      options={[
        { value: PATHS_VIEW, label: t('overview.charts.heatmapAllPaths') },
        ...paths.map((p) => ({
          value: p.code,
          label: t('overview.charts.heatmapPathIndicators', { path: pickLabel(p.name, lang) }),
        })),
      ]}
    />
  );

  return (
    <Spin spinning={pathCode !== null && matrix.loading}>
      <ChartCard
        title={
          pathCode ? t('overview.charts.heatmapIndicators', { path: pathName }) : t('overview.charts.heatmap')
        }
        hint={
          pathCode
            ? t('overview.charts.heatmapIndicatorsHint', { count: indRows.length })
            : t('overview.charts.heatmapHint', { count: pathRows.length })
        }
        extra={picker}
        option={chart.option}
        table={chart.table}
        rowLink={rowLink}
        minWidth={minWidth}
        // On a phone column names break over more lines: the grid keeps its rows' height.
        height={categoryChartHeight(rows.length, 26, (pathCode ? 130 : 110) + (compact ? 30 : 0))}
        emptyText={
          pathCode && matrix.error
            ? describe(matrix.error).message
            : pathCode && matrix.loading
              ? t('overview.charts.heatmapLoading')
              : pathCode
                ? t('overview.charts.heatmapNoReported')
                : t('overview.table.empty')
        }
        onEvents={{ click: onClick }}
      />
    </Spin>
  );
}

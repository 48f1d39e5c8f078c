import {
  gradeDistributionOption,
  gradeDistributionTable,
  pathRadarOption,
  pathRadarTable,
  pickLabel,
  rankingBarOption,
  rankingBarTable,
  type RankedUnit,
  sortForRanking,
  trendLineOption,
  trendLineTable,
} from '@pathboard/charts';
import { Col, Row, Segmented } from 'antd';
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompactCharts, useContentLang } from '../../../shared/charts';
import { RenderAfterFirstPaint } from '../../../shared/components/RenderAfterFirstPaint';
import type { BranchRow, ScoreboardResult } from '../model/branch-rows';
import {
  branchesRanking,
  childrenRanking,
  type DrillTarget,
  gradeBands,
  gradeDistribution,
  radarFigures,
  type TrendPoint,
  trendSeries,
} from '../model/overview-model';
import { categoryChartHeight, type ChartClick, ChartCard } from './ChartCard';
import { HeatmapCard } from './HeatmapCard';

export interface OverviewChartsProps {
  scoreboard: ScoreboardResult;
  trend: readonly TrendPoint[];
  /** The table's rows after its filters and sort: the per-branch charts follow them. */
  visibleRows: readonly BranchRow[];
  rankingMode: 'children' | 'branches';
  onRankingModeChange: (mode: 'children' | 'branches') => void;
  onDrill: (target: DrillTarget) => void;
}

/** A taller radar only grows its radius until the path names run off the card's sides. */
const RADAR_MAX_HEIGHT = 420;

/**
 * The unit of a ranking chart that was clicked, in the builder's own (best first) order: a bar, or
 * the unit's name on the axis (people click names as often as bars).
 */
function clickedRankingBar<T extends RankedUnit>(
  items: readonly T[],
  params: unknown,
  lang: 'zh' | 'en',
): T | undefined {
  const { componentType, dataIndex, value } = params as ChartClick;
  const sorted = sortForRanking([...items]) as T[];
  if (componentType === 'series' && typeof dataIndex === 'number') return sorted[dataIndex];
  if (componentType === 'yAxis' && typeof value === 'string')
    return sorted.find((item) => pickLabel(item.name, lang) === value);
  return undefined;
}

/** Axis names answer clicks too (ECharts only reports axis clicks with triggerEvent). */
function withClickableNames(option: EChartsOption): EChartsOption {
  const yAxis = option.yAxis;
  return Array.isArray(yAxis) || !yAxis ? option : { ...option, yAxis: { ...yAxis, triggerEvent: true } };
}

export function OverviewCharts({
  scoreboard,
  trend,
  visibleRows,
  rankingMode,
  onRankingModeChange,
  onDrill,
}: OverviewChartsProps) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const compact = useCompactCharts();
  const grades = useMemo(() => gradeBands(scoreboard), [scoreboard]);

  // A street's children are its branches already: the switch matters only above the street level.
  const hasSubUnits = scoreboard.children.some((c) => c.unit.kind !== 'BRANCH');
  const mode = hasSubUnits ? rankingMode : 'children';
  const children = useMemo(() => childrenRanking(scoreboard), [scoreboard]);
  const branchBars = useMemo(() => branchesRanking(visibleRows), [visibleRows]);
  const rankingItems: RankedUnit[] = mode === 'children' ? children : branchBars;
  // A quarter nobody has a total in yet (a newly opened one) has nothing to rank: the card says so,
  // like the radar beside it, instead of drawing empty rows under a clipped axis name.
  const ranked = rankingItems.some((item) => item.total !== null);
  const ranking = useMemo(() => {
    if (!ranked) return { option: null, table: null };
    const options = { lang, grades };
    return {
      option: withClickableNames(rankingBarOption(rankingItems, options)),
      table: rankingBarTable(rankingItems, options),
    };
  }, [ranked, rankingItems, lang, grades]);
  // The radar sits beside the ranking: same height, but never too small to read.
  const rankingHeight = ranked ? Math.max(320, categoryChartHeight(rankingItems.length, 28, 100)) : 320;
  const onRankingClick = (params: unknown) => {
    if (mode === 'children') {
      const bar = clickedRankingBar(children, params, lang);
      if (bar) onDrill(bar.drill);
    } else {
      const bar = clickedRankingBar(branchBars, params, lang);
      if (bar) onDrill({ kind: 'branch', branchId: bar.id });
    }
  };
  // A ranking table row leads where its bar does.
  const onOpenRankingRow = (id: string) => {
    const child = mode === 'children' ? children.find((c) => c.id === id) : undefined;
    onDrill(child ? child.drill : { kind: 'branch', branchId: id });
  };

  const radar = useMemo(() => {
    const { current, previous } = radarFigures(scoreboard, trend);
    if (current.every((f) => f.percent === null)) return { option: null, table: null };
    const comparison = previous && { kind: 'previous' as const, paths: previous };
    // The radar shares a row with the ranking: long path names wrap instead of running off the card.
    const options = { lang, axisNameWidth: lang === 'zh' ? 12 : 14, compact };
    return {
      option: pathRadarOption(current, comparison, options),
      table: pathRadarTable(current, comparison, options),
    };
  }, [scoreboard, trend, lang, compact]);

  const distribution = useMemo(() => {
    const { counts, missing } = gradeDistribution(scoreboard);
    const options = { lang, grades, missing };
    return {
      option: gradeDistributionOption(counts, options),
      table: gradeDistributionTable(counts, options),
    };
  }, [scoreboard, lang, grades]);

  const trendChart = useMemo(() => {
    const { periods, series } = trendSeries(trend);
    if (!periods.length) return { option: null, table: null };
    const options = { lang, grades };
    return {
      option: trendLineOption(periods, series, options),
      table: trendLineTable(periods, series, options),
    };
  }, [trend, lang, grades]);

  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} xl={14}>
        <ChartCard
          title={t('overview.charts.ranking')}
          hint={t('overview.charts.rankingHint')}
          extra={
            hasSubUnits ? (
              <Segmented
                size="small"
                value={mode}
                onChange={(value) => onRankingModeChange(value as 'children' | 'branches')}
                options={[
                  { value: 'children', label: t('overview.charts.rankingChildren') },
                  { value: 'branches', label: t('overview.charts.rankingBranches') },
                ]}
              />
            ) : null
          }
          option={ranking.option}
          table={ranking.table}
          rowLink={{
            column: 'unit',
            label: (name) => t('overview.charts.openUnit', { name }),
            onOpen: onOpenRankingRow,
          }}
          height={rankingHeight}
          onEvents={{ click: onRankingClick }}
        />
      </Col>
      <Col xs={24} xl={10}>
        <ChartCard
          title={t('overview.charts.radar')}
          option={radar.option}
          table={radar.table}
          height={Math.min(rankingHeight, RADAR_MAX_HEIGHT)}
        />
      </Col>
      <Col xs={24} lg={12}>
        <ChartCard
          title={t('overview.charts.gradeDistribution')}
          option={distribution.option}
          table={distribution.table}
          height={280}
        />
      </Col>
      <Col xs={24} lg={12}>
        <ChartCard
          title={t('overview.charts.trend')}
          option={trendChart.option}
          table={trendChart.table}
          height={280}
          emptyText={t('overview.charts.noTrend')}
        />
      </Col>
      <Col span={24}>
        <RenderAfterFirstPaint placeholder={null}>
          <HeatmapCard scoreboard={scoreboard} visibleRows={visibleRows} onDrill={onDrill} />
        </RenderAfterFirstPaint>
      </Col>
    </Row>
  );
}

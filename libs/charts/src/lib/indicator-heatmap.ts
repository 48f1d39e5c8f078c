import type { EChartsOption, HeatmapSeriesOption } from 'echarts';
import { gradePieces } from './heatmap';
import { heatmapGrid, heatmapLayout, heatmapMinWidth } from './heatmap-layout';
import { DATAZOOM_ROW_THRESHOLD, isLarge, PROGRESSIVE_CHUNK, verticalDataZoom } from './large-data';
import { escapeHtml, fixed, pickLabel, word } from './labels';
import { DEFAULT_GRADES } from './palette';
import { titleOption } from './title';
import type { ChartOptions, ChartTable, GradeBand, Label } from './types';
import { isRuleType, ruleModule } from '@pathboard/scoring';

/** What an indicator column does to a path: base points (M), a capped bonus, a capped deduction, a veto. */
export type IndicatorColumnKind = 'base' | 'bonus' | 'deduction' | 'veto';

export interface IndicatorColumn {
  code: string;
  name: Label;
  kind: IndicatorColumnKind;
  /** The reach as written: base M, bonus cap, deduction cap (points it can take away); 0 for a veto. */
  maxPoints: number;
}

export interface IndicatorHeatmapRow {
  id: string;
  name: Label;
  /** Points aligned with the columns (negative for deductions); null where the indicator does not apply. */
  points: (number | null)[];
  /** The branch's own M per column after sector rescaling, where it differs from the column's. */
  maxPoints?: (number | null)[];
}

/** Bonus cells: a light blue where points were earned, grey where none (not a failing colour). */
export const BONUS_EARNED = '#91caff';
export const BONUS_NONE = '#f0f0f0';

export interface IndicatorHeatmapOptions extends ChartOptions {
  grades?: GradeBand[];
  /** A phone card: narrower row names and indicator names broken over lines (heatmapLayout). */
  compact?: boolean;
}

/** A rule type of the scoring engine → what its column does: its role in the rule registry. */
export function indicatorColumnKind(rule: string): IndicatorColumnKind {
  return isRuleType(rule) ? ruleModule(rule).role : 'base';
}

/**
 * How much of its reach a cell achieved, 0..100, so columns of 10 and 25 points share one colour
 * scale: base points against the branch's own M (sector rescaling can move it), a bonus against its
 * cap, a deduction as what was kept (100 when nothing was deducted). Null: nothing to colour.
 */
export function indicatorShare(
  points: number | null,
  column: IndicatorColumn,
  ownMax?: number | null,
): number | null {
  if (points === null || !Number.isFinite(points)) return null;
  if (column.kind === 'deduction')
    return column.maxPoints > 0 ? clampPercent(100 * (1 + points / column.maxPoints)) : null;
  const reach = column.kind === 'base' && ownMax && ownMax > 0 ? ownMax : column.maxPoints;
  return reach > 0 ? clampPercent((100 * points) / reach) : null;
}

function clampPercent(x: number): number {
  return Math.round(Math.min(100, Math.max(0, x)) * 100) / 100;
}

/** The columns the heatmap draws, each with its index in `columns`: vetoes carry no points. */
function drawnColumns(columns: IndicatorColumn[]): { column: IndicatorColumn; index: number }[] {
  return columns.map((column, index) => ({ column, index })).filter(({ column }) => column.kind !== 'veto');
}

type DrawnColumn = ReturnType<typeof drawnColumns>[number];

/** A cell the heatmap draws: the points as reported and the share of reach it is coloured by. */
interface IndicatorCell {
  points: number;
  share: number;
}

/**
 * Each row's cells over the drawn columns; null where the chart leaves the cell blank (the indicator
 * does not apply, or has no reach to measure against). The one reading of the rows that the option
 * and the table share.
 */
function indicatorCells(rows: IndicatorHeatmapRow[], shown: DrawnColumn[]): (IndicatorCell | null)[][] {
  return rows.map((row) =>
    shown.map(({ column, index }) => {
      const points = row.points[index] ?? null;
      const share = indicatorShare(points, column, row.maxPoints?.[index]);
      return share === null || points === null ? null : { points, share };
    }),
  );
}

/** Points over the column's reach, as the tooltip and the table show them: "20.00 / 25.00", "-5.00 / −40.00". */
function indicatorPointsText(points: number, column: IndicatorColumn): string {
  const reach = column.kind === 'deduction' ? `−${fixed(column.maxPoints)}` : fixed(column.maxPoints);
  return `${fixed(points)} / ${reach}`;
}

/** The narrowest indicatorHeatmapOption's chart may be with every drawn column readable. */
export function indicatorHeatmapMinWidth(
  rows: number,
  columns: IndicatorColumn[],
  compact?: boolean,
): number {
  return heatmapMinWidth('indicators', drawnColumns(columns).length, rows, compact);
}

/**
 * Branches × one path's indicators. A cell is [indicator, branch, share of reach, points]: coloured by
 * the share on the same grade bands as the path heatmap, labelled with the points; bonus cells are
 * in a second series outside the grade colours. Vetoes carry no
 * points (they cap the grade) and are left out. Large inputs render progressively without labels;
 * more than 30 rows scroll.
 */
export function indicatorHeatmapOption(
  rows: IndicatorHeatmapRow[],
  columns: IndicatorColumn[],
  options: IndicatorHeatmapOptions,
): EChartsOption {
  const { lang } = options;
  const grades = options.grades ?? DEFAULT_GRADES;
  const shown = drawnColumns(columns);
  const data: [number, number, number, number][] = [];
  // A bonus not earned is no failure: bonus cells stay off the grade colours, in a series of their own.
  const bonusData: { value: [number, number, number, number]; itemStyle: { color: string } }[] = [];
  indicatorCells(rows, shown).forEach((cells, y) => {
    cells.forEach((cell, x) => {
      if (cell === null) return;
      const { points, share } = cell;
      if (shown[x].column.kind === 'bonus')
        bonusData.push({
          value: [x, y, share, points],
          itemStyle: { color: points > 0 ? BONUS_EARNED : BONUS_NONE },
        });
      else data.push([x, y, share, points]);
    });
  });
  const large = isLarge(data.length);
  const scrolls = rows.length > DATAZOOM_ROW_THRESHOLD;
  const layout = heatmapLayout('indicators', options.compact);
  const columnNames = shown.map(({ column }) => pickLabel(column.name, lang));
  const rowNames = rows.map((r) => pickLabel(r.name, lang));

  const series: HeatmapSeriesOption = {
    type: 'heatmap',
    data,
    label: { show: !large, formatter: (p) => fixed((p.value as number[])[3], 1) },
    emphasis: { itemStyle: { borderColor: '#000', borderWidth: 1 } },
    ...(large ? { progressive: PROGRESSIVE_CHUNK, progressiveThreshold: 3000 } : {}),
  };

  return {
    ...titleOption(options),
    animation: !large,
    tooltip: {
      position: 'top',
      formatter: (p) => {
        const [x, y, , points] = (p as { value: number[] }).value;
        // The tooltip is HTML: a name is text (a branch called "<b>…" is shown, not read as markup).
        const name = escapeHtml(rowNames[y]);
        return `${name}<br/>${escapeHtml(columnNames[x])}: ${indicatorPointsText(points, shown[x].column)}`;
      },
    },
    grid: heatmapGrid(Boolean(options.title), scrolls),
    xAxis: {
      type: 'category',
      data: columnNames,
      splitArea: { show: true },
      position: 'top',
      // Indicator names are long and columns many: show every one, cut to the column's width, or
      // on a phone (narrow columns) broken over lines.
      axisLabel: {
        interval: 0,
        width: layout.cellWidth - 4,
        overflow: options.compact ? 'break' : 'truncate',
      },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rowNames,
      splitArea: { show: true },
      axisLabel: { width: layout.rowNameWidth, overflow: 'truncate', interval: 0 },
    },
    visualMap: {
      type: 'piecewise',
      dimension: 2,
      orient: 'horizontal',
      left: 'center',
      bottom: 8,
      seriesIndex: 0,
      pieces: gradePieces(grades, lang),
    },
    ...(scrolls ? { dataZoom: verticalDataZoom(rows.length) } : {}),
    series: bonusData.length ? [series, { ...series, data: bonusData }] : [series],
  };
}

/**
 * The indicator heatmap as a table: one row per branch in the chart's order, the branch's name then
 * one column per drawn indicator (vetoes left out, as on the chart), each cell's points over the
 * indicator's reach as the tooltip shows them and '-' where the chart leaves the cell blank. Rows
 * carry the branch's id, so the table can open the branch as a click on its cells does.
 */
export function indicatorHeatmapTable(
  rows: IndicatorHeatmapRow[],
  columns: IndicatorColumn[],
  options: IndicatorHeatmapOptions,
): ChartTable {
  const { lang } = options;
  const shown = drawnColumns(columns);
  const cells = indicatorCells(rows, shown);
  // Prefixed: an indicator coded "branch" must not overwrite the name column.
  const key = (column: IndicatorColumn) => `indicator:${column.code}`;
  return {
    columns: [
      { key: 'branch', title: word('branch', lang) },
      ...shown.map(({ column }) => ({
        key: key(column),
        title: pickLabel(column.name, lang),
        numeric: true,
      })),
    ],
    rows: rows.map((row, y) => ({
      key: row.id,
      unitId: row.id,
      cells: {
        branch: pickLabel(row.name, lang),
        ...Object.fromEntries(
          shown.map(({ column }, x) => {
            const cell = cells[y][x];
            return [key(column), cell ? indicatorPointsText(cell.points, column) : fixed(null)];
          }),
        ),
      },
    })),
  };
}

import type { Framework, LocalizedText } from '@pathboard/scoring';
import { frameworkNames, type FrameworkNames } from '../frameworks/framework-names';

/**
 * What a notification is about, read with it (one statement for the whole list): the quarter and
 * the branch of its assessment or rectification item, the item's indicator and the framework that
 * names it, the quarter of a period. `n` is the notification row. A target id is cast to uuid only
 * for its own target type and only when it is one (CASE): a target of another kind never has to be.
 */
const targetOf = (type: string) =>
  `(CASE WHEN n.target_type = '${type}' AND n.target_id ~ '^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$' THEN n.target_id END)::uuid`;

export const NOTIFICATION_ABOUT_JOINS = `
  LEFT JOIN LATERAL (
    SELECT r.path_code, r.indicator_code, p.code AS period_code, p.framework_id, u.name AS branch_name
      FROM rectification_item r
      JOIN period p ON p.district_id = r.district_id AND p.id = r.period_id
      JOIN org_unit u ON u.district_id = r.district_id AND u.id = r.branch_id
     WHERE r.district_id = n.district_id AND r.id = ${targetOf('RectificationItem')}
  ) item ON n.target_type = 'RectificationItem'
  LEFT JOIN LATERAL (
    SELECT p.code AS period_code, u.name AS branch_name
      FROM assessment a
      JOIN period p ON p.district_id = a.district_id AND p.id = a.period_id
      JOIN org_unit u ON u.district_id = a.district_id AND u.id = a.branch_id
     WHERE a.district_id = n.district_id AND a.id = ${targetOf('Assessment')}
  ) assessed ON n.target_type = 'Assessment'
  LEFT JOIN LATERAL (
    SELECT p.code AS period_code FROM period p WHERE p.district_id = n.district_id AND p.id = ${targetOf('Period')}
  ) quarter ON n.target_type = 'Period'`;

export const NOTIFICATION_ABOUT_COLUMNS = `
  coalesce(item.period_code, assessed.period_code, quarter.period_code) AS about_period,
  coalesce(item.branch_name, assessed.branch_name) AS about_branch,
  item.path_code AS about_path, item.indicator_code AS about_indicator, item.framework_id AS about_framework`;

export interface NotificationAboutRow {
  about_period: string | null;
  about_branch: string | null;
  about_path: string | null;
  about_indicator: string | null;
  about_framework: string | null;
}

/** What a notification is about, with its indicator named. */
export interface NotificationAbout {
  periodCode: string | null;
  branchName: string | null;
  indicatorName: LocalizedText | null;
}

/**
 * Each row's `about`, its indicator named by the framework of its quarter through the one definition
 * the ledger uses (frameworks/framework-names.ts): one lookup per framework listed, not per row.
 */
export async function aboutOf(
  rows: readonly NotificationAboutRow[],
  definition: (frameworkId: string) => Promise<Framework>,
): Promise<NotificationAbout[]> {
  const names = new Map<string, FrameworkNames>();
  for (const id of new Set(rows.map((r) => r.about_framework)))
    if (id !== null) names.set(id, frameworkNames(await definition(id)));
  return rows.map((r) => ({
    periodCode: r.about_period,
    branchName: r.about_branch,
    indicatorName:
      r.about_framework && r.about_indicator
        ? names.get(r.about_framework)!(r.about_path ?? '', r.about_indicator).indicatorName
        : null,
  }));
}

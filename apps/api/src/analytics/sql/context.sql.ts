import { unitAsOf } from '../../org-units/sql/unit-as-of';

/** A branch row `u` as its quarter's assessment `a` saw it (closed quarters: the snapshot). */
const AS_OF = unitAsOf('u', 'a');

/**
 * THE unit-period context of every analytics query and report download (one statement, one
 * definition): a unit, a period of its district (by code), the quarter before it and the period
 * framework's paths and grades. Params: $1 unit id, $2 period code.
 * Period columns are NULL when the district has no such period; the unit row is missing when the
 * unit does not exist (so a missing unit and one out of scope, answered alike, are both refused before
 * any figures are read). Scope is checked on the live path; a branch's parent, sector and member count
 * are the period's (a closed quarter's snapshot, org-units/sql/unit-as-of.ts).
 */
const unitPeriodSql = (where: string) => `
  SELECT u.id, u.code, u.name, u.kind, ${AS_OF.sector} AS sector, ${AS_OF.memberCount} AS member_count, u.active, u.path,
         u.district_id, ${AS_OF.parentId} AS parent_id, par.code AS parent_code, par.name AS parent_name,
         EXISTS (SELECT 1 FROM org_unit c WHERE c.district_id = u.district_id AND c.parent_id = u.id) AS has_children,
         p.id AS period_id, p.code AS period_code, p.year, p.quarter, p.status AS period_status, p.deadline, p.framework_id,
         pp.id AS previous_period_id, pp.code AS previous_period_code,
         (SELECT jsonb_agg(jsonb_build_object('code', x.value -> 'code', 'name', x.value -> 'name', 'weight', x.value -> 'weight') ORDER BY x.ord)
            FROM jsonb_array_elements(f.definition -> 'paths') WITH ORDINALITY AS x(value, ord)) AS paths,
         f.definition -> 'grades' AS grades
    FROM org_unit u
    LEFT JOIN period p ON p.district_id = u.district_id AND p.code = $2
    LEFT JOIN assessment a ON a.district_id = u.district_id AND a.branch_id = u.id AND a.period_id = p.id
    LEFT JOIN org_unit par ON par.district_id = u.district_id AND par.id = ${AS_OF.parentId}
    LEFT JOIN period pp ON pp.district_id = u.district_id AND pp.year * 4 + pp.quarter = p.year * 4 + p.quarter - 1
    LEFT JOIN framework f ON f.id = p.framework_id
   WHERE ${where}`;

export const UNIT_PERIOD_SQL = unitPeriodSql('u.id = $1');

/**
 * The same for a unit of district $3 (the caller's): every table it reads is then read in that
 * district only, one partition or one shard (docs/scale-out.md). A miss falls back to UNIT_PERIOD_SQL,
 * so another district's unit is still found, refused and audited as out of scope.
 */
export const DISTRICT_UNIT_PERIOD_SQL = unitPeriodSql('u.id = $1 AND u.district_id = $3');

export interface UnitPeriodRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  sector: string | null;
  member_count: number;
  active: boolean;
  path: string;
  district_id: string;
  parent_id: string | null;
  parent_code: string | null;
  parent_name: string | null;
  has_children: boolean;
  period_id: string | null;
  period_code: string | null;
  year: number | null;
  quarter: number | null;
  period_status: string | null;
  deadline: Date | null;
  framework_id: string | null;
  previous_period_id: string | null;
  previous_period_code: string | null;
  paths: { code: string; name: { zh: string; en: string }; weight: number }[] | null;
  grades: { code: string; name: { zh: string; en: string }; min: number }[] | null;
}

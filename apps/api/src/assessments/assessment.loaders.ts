import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { FrameworkEntity } from '../frameworks/entities/framework.entity';
import { toFrameworkModel } from '../frameworks/framework.mapper';
import type { FrameworkModel } from '../frameworks/models/framework.model';
import { AssessmentScoreEntity } from './entities/assessment-score.entity';
import { IndicatorValueEntity } from './entities/indicator-value.entity';
import type {
  AssessmentBranchModel,
  AssessmentStatusChangeModel,
  AssessmentStatusEnum,
  IndicatorValueModel,
} from './models/assessment.model';

export interface AssessmentLoaders {
  branch: DataLoader<string, AssessmentBranchModel | null>;
  values: DataLoader<string, IndicatorValueModel[]>;
  scores: DataLoader<string, AssessmentScoreEntity[]>;
  history: DataLoader<string, AssessmentStatusChangeModel[]>;
  framework: DataLoader<string, FrameworkModel | null>;
}

function groupBy<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return map;
}

/**
 * Per-request DataLoaders, so a list of N assessments costs one query per field instead of N.
 * They hold no access logic: the parent rows were already filtered by scope when loaded. Each batch
 * statement names the caller's district (every parent row is of it), so it reads one district only
 * (one shard under Citus, docs/scale-out.md). The framework is a shared table, read by id alone.
 */
@Injectable()
export class AssessmentLoadersFactory {
  private readonly byRequest = new WeakMap<object, AssessmentLoaders>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The loaders of one GraphQL request, keyed on its context object; `districtId` is the caller's. */
  for(context: object, districtId: string): AssessmentLoaders {
    let loaders = this.byRequest.get(context);
    if (!loaders) {
      loaders = this.create(districtId);
      this.byRequest.set(context, loaders);
    }
    return loaders;
  }

  private create(districtId: string): AssessmentLoaders {
    const ds = this.dataSource;
    return {
      branch: new DataLoader(async (ids) => {
        const rows: Record<string, unknown>[] = await ds.query(
          `SELECT id, code, name, sector, member_count FROM org_unit WHERE district_id = $2 AND id = ANY($1::uuid[])`,
          [ids, districtId],
        );
        const byId = new Map(rows.map((r) => [r['id'] as string, r]));
        return ids.map((id) => {
          const r = byId.get(id);
          if (!r) return null;
          return {
            id,
            code: r['code'] as string,
            name: r['name'] as string,
            sector: (r['sector'] as string | null) ?? null,
            memberCount: Number(r['member_count'] ?? 0),
          };
        });
      }),
      values: new DataLoader(async (ids) => {
        const rows = await ds.getRepository(IndicatorValueEntity).find({
          where: { districtId, assessmentId: In([...ids]) },
          order: { indicatorCode: 'ASC' },
        });
        const grouped = groupBy(rows, (r) => r.assessmentId);
        return ids.map((id) =>
          (grouped.get(id) ?? []).map((v) => ({
            indicatorCode: v.indicatorCode,
            selfValue: v.selfValue,
            reviewedValue: v.reviewedValue,
            reviewReason: v.reviewReason,
            evidence: v.evidence,
          })),
        );
      }),
      scores: new DataLoader(async (ids) => {
        const rows = await ds
          .getRepository(AssessmentScoreEntity)
          .find({ where: { districtId, assessmentId: In([...ids]) } });
        const grouped = groupBy(rows, (r) => r.assessmentId);
        return ids.map((id) => grouped.get(id) ?? []);
      }),
      framework: new DataLoader(async (ids) => {
        const rows = await ds.getRepository(FrameworkEntity).find({ where: { id: In([...ids]) } });
        const byId = new Map(rows.map((r) => [r.id, toFrameworkModel(r)]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      history: new DataLoader(async (ids) => {
        const rows: Record<string, unknown>[] = await ds.query(
          `SELECT h.assessment_id, h.from_status, h.to_status, h.actor_id, h.comment, h.evidence_requested, h.at, u.display_name AS actor_name
             FROM assessment_status_change h
             LEFT JOIN app_user u ON u.district_id = h.district_id AND u.id = h.actor_id
            WHERE h.district_id = $2 AND h.assessment_id = ANY($1::uuid[])
            ORDER BY h.at, h.id`,
          [ids, districtId],
        );
        const grouped = groupBy(rows, (r) => r['assessment_id'] as string);
        return ids.map((id) =>
          (grouped.get(id) ?? []).map((r) => ({
            fromStatus: (r['from_status'] as AssessmentStatusEnum | null) ?? null,
            toStatus: r['to_status'] as AssessmentStatusEnum,
            actorId: (r['actor_id'] as string | null) ?? null,
            actorName: (r['actor_name'] as string | null) ?? null,
            comment: (r['comment'] as string | null) ?? null,
            evidenceRequested: (r['evidence_requested'] as string[] | null) ?? [],
            at: r['at'] as Date,
          })),
        );
      }),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy.service';
import type { AuthUser } from '../auth/auth-user';
import type { RectificationCountsModel } from './models/rectification-counts.model';
import { scopedUnit } from './rectification-scope';

/**
 * 整改 counts for the overview: one aggregate over the items of the branches under a unit in the
 * caller's scope (all quarters: an item stays open until it is closed, whatever quarter raised it).
 * Overdue has the one definition of rectification-workflow.ts: OPEN after its deadline.
 */
@Injectable()
export class RectificationCountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async counts(user: AuthUser, unitId: string | null, now = new Date()): Promise<RectificationCountsModel> {
    const unit = await scopedUnit(this.dataSource, this.policy, user, unitId, 'rectification.counts');
    const [row]: Record<string, number>[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE r.status = 'OPEN')::int AS open,
              count(*) FILTER (WHERE r.status = 'ANSWERED')::int AS answered,
              count(*) FILTER (WHERE r.status = 'CLOSED')::int AS closed,
              count(*) FILTER (WHERE r.status = 'OPEN' AND r.deadline < $2)::int AS overdue
         FROM rectification_item r JOIN org_unit u ON u.district_id = r.district_id AND u.id = r.branch_id
        WHERE r.district_id = $3 AND u.path LIKE $1`,
      [`${unit.path}%`, now, user.districtId],
    );
    return {
      unitId: unit.id,
      open: row.open,
      answered: row.answered,
      closed: row.closed,
      overdue: row.overdue,
    };
  }
}

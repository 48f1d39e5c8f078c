import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { PINO_LOGGER } from '../common/logger';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { NotificationKind } from './notification-kinds';

export interface CheckCounts {
  DEADLINE_APPROACHING: number;
  DEADLINE_PASSED: number;
  RECTIFICATION_DUE: number;
  RECTIFICATION_OVERDUE: number;
}

/**
 * The effective deadline of an assessment: the branch's 延期 if any, else the period's. Used only to
 * decide when to remind; the on-time figures are computed elsewhere.
 */
const ASSESSMENT_DUE = `
  SELECT a.id AS target_id, a.district_id, a.branch_id, COALESCE(e.deadline, p.deadline) AS due
    FROM assessment a
    JOIN period p ON p.district_id = a.district_id AND p.id = a.period_id AND p.status = 'OPEN'
    LEFT JOIN deadline_extension e ON e.district_id = a.district_id AND e.period_id = a.period_id AND e.branch_id = a.branch_id`;

/** Each check: the targets (target_id, district_id, branch_id, due) it notifies the branch's users about. */
const CHECKS: { kind: NotificationKind; targetType: string; targets: string }[] = [
  {
    kind: 'DEADLINE_APPROACHING',
    targetType: 'Assessment',
    targets: `SELECT * FROM (${ASSESSMENT_DUE} WHERE a.status IN ('DRAFT', 'RETURNED')) t WHERE t.due > $1 AND t.due <= $2`,
  },
  {
    kind: 'DEADLINE_PASSED',
    targetType: 'Assessment',
    // Never submitted: a branch returned after submitting on time is not "late".
    targets: `SELECT * FROM (${ASSESSMENT_DUE} WHERE a.submitted_at IS NULL) t WHERE t.due <= $1`,
  },
  {
    kind: 'RECTIFICATION_DUE',
    targetType: 'RectificationItem',
    targets: `SELECT id AS target_id, district_id, branch_id, deadline AS due FROM rectification_item WHERE status = 'OPEN' AND deadline > $1 AND deadline <= $2`,
  },
  {
    kind: 'RECTIFICATION_OVERDUE',
    targetType: 'RectificationItem',
    targets: `SELECT id AS target_id, district_id, branch_id, deadline AS due FROM rectification_item WHERE status = 'OPEN' AND deadline <= $1`,
  },
];

/**
 * Scheduled checks: deadline approaching/passed and rectification due/overdue. One set-based
 * INSERT … SELECT per check; the idempotency key (kind, target, deadline) is unique per recipient,
 * so re-runs, overlapping timers and several API processes notify each user once per deadline
 * (a 延期 or a new rectification deadline is a new deadline, and notifies again).
 */
@Injectable()
export class ScheduledChecksService implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PINO_LOGGER) private readonly log: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.notifyCheckMinutes <= 0 || this.config.nodeEnv === 'test') return;
    this.timer = setInterval(() => {
      this.run().catch((err) => this.log.error({ err }, 'scheduled notification checks failed'));
    }, this.config.notifyCheckMinutes * 60_000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async run(now = new Date()): Promise<CheckCounts> {
    const soon = new Date(now.getTime() + this.config.notifyDaysBefore * 86_400_000);
    const counts = {} as CheckCounts;
    for (const check of CHECKS) {
      const rows: unknown[] = await this.dataSource.query(
        `WITH inserted AS (
           INSERT INTO notification (district_id, user_id, kind, target_type, target_id, payload, idempotency_key)
           SELECT u.district_id, u.id, $3, $4, t.target_id::text, jsonb_build_object('due', t.due),
                  $3 || ':' || t.target_id::text || ':' || to_char(t.due AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
             FROM (${check.targets}) t
             -- Types every parameter, whether or not this check's targets use it.
             CROSS JOIN (SELECT $1::timestamptz AS now, $2::timestamptz AS soon, $3::text AS kind, $4::text AS target_type) params
             JOIN app_user u ON u.district_id = t.district_id AND u.scope_unit_id = t.branch_id AND u.active
           ON CONFLICT (user_id, idempotency_key, district_id) DO NOTHING
           RETURNING id)
         SELECT id FROM inserted`,
        [now, soon, check.kind, check.targetType],
      );
      counts[check.kind as keyof CheckCounts] = rows.length;
    }
    return counts;
  }
}

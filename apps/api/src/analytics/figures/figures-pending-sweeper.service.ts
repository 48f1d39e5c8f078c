import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { PINO_LOGGER } from '../../common/logger';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { pendingFigures } from './figures-pending';
import { refreshAfterCommit } from './figures-refresh-queue';

/** A mark younger than this belongs to a write whose own refresh is most likely still running. */
const GRACE_SECONDS = 30;
const EVERY_MS = 60_000;
/** Marks per sweep; a longer backlog (a restart after a mass import crashed) takes further sweeps. */
const BATCH = 5_000;

/**
 * Refreshes the figures still owed to written branch-quarters (figures-pending.ts): once at start-up,
 * where a process that died after a write's commit left them, and every minute, where a refresh
 * failed and no later write of its district retried it. The refreshes go through the district's
 * queue, like a write's, so they batch and never run two at once in a district; several API
 * processes sweeping the same marks only refresh twice, which is idempotent.
 */
@Injectable()
export class FiguresPendingSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PINO_LOGGER) private readonly log: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.nodeEnv === 'test') return; // the specs sweep when they mean to
    const sweep = (graceSeconds: number) =>
      this.sweep(graceSeconds).catch((err) => this.log.error({ err }, 'figures sweep failed'));
    void sweep(0);
    this.timer = setInterval(() => void sweep(GRACE_SECONDS), EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Refreshes the branch-quarters marked at least `graceSeconds` ago; answers how many it found. */
  async sweep(graceSeconds = GRACE_SECONDS): Promise<number> {
    const owed = await pendingFigures(this.dataSource.manager, graceSeconds, BATCH);
    if (owed.length === 0) return 0;
    this.log.warn({ count: owed.length }, 'refreshing precomputed figures a write left owed');
    await Promise.all(owed.map((change) => refreshAfterCommit(this.dataSource, change)));
    return owed.length;
  }
}

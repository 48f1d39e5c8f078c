import { tooManyRequests } from '../../common/errors';

/**
 * At most `limit` report downloads in flight per user (from the first query to the last byte). One
 * more is refused with 429 at once instead of queued: a queued request would hold its connection
 * and its loaded figures in memory for as long as the user keeps clicking or a script keeps firing,
 * while the 429 tells the person exactly what to do. The pool's own FIFO queue stays fair between
 * users because nobody can have more than `limit` jobs in it.
 */
export class UserRenderSlots {
  private readonly inFlight = new Map<string, number>();

  constructor(readonly limit: number) {}

  /** Take a slot for `userId`; returns its release (safe to call twice). Throws 429 when none is free. */
  acquire(userId: string): () => void {
    const taken = this.inFlight.get(userId) ?? 0;
    if (taken >= this.limit) {
      throw tooManyRequests(
        `您已有 ${this.limit} 个报表正在生成，请等其完成后再下载 / You already have ${this.limit} reports being generated: wait for one to finish`,
        { reason: 'TOO_MANY_RENDERS', limit: this.limit },
      );
    }
    this.inFlight.set(userId, taken + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.inFlight.get(userId) ?? 1) - 1;
      if (left > 0) this.inFlight.set(userId, left);
      else this.inFlight.delete(userId);
    };
  }

  /** Run `work` holding one of the user's slots. */
  async run<T>(userId: string, work: () => Promise<T>): Promise<T> {
    const release = this.acquire(userId);
    try {
      return await work();
    } finally {
      release();
    }
  }

  inFlightOf(userId: string): number {
    return this.inFlight.get(userId) ?? 0;
  }
}

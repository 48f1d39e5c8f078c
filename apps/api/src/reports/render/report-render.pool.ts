import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { RenderJob } from '@pathboard/reports';
import { Piscina } from 'piscina';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { tooManyRequests } from '../../common/errors';
import { workerEntry, type WorkerEntry } from '../../common/worker-entry';
import { PDF_TYPE, writeBuffer, XLSX_TYPE, type Download } from '../http/download';

/** Jobs allowed to wait for a free worker, per worker; past that the server is saturated. */
const QUEUE_PER_WORKER = 16;

/**
 * Render threads run at a lower CPU priority (Linux nice is per thread): on a busy machine the request
 * thread, which answers everyone else, gets the cores first and a report just takes a little longer.
 */
const RENDER_NICE_INCREMENT = 10;

/** Workers left idle this long exit (each holds the CJK fonts, about 16 MB, and pdfkit). */
const IDLE_TIMEOUT_MS = 60_000;

/** The render worker's entry (compiled beside this file, or its TypeScript source under jest/tsx). */
export function renderWorkerEntry(dir = __dirname): WorkerEntry {
  return workerEntry(dir, 'report-render.worker');
}

/**
 * Renders reports (pdfkit, exceljs: CPU-bound, up to seconds on a large unit) on worker threads, so
 * the event loop keeps answering every other request while a report is drawn. Workers start on the
 * first job and exit when idle. A full queue is refused with 429 rather than left to grow.
 */
@Injectable()
export class ReportRenderPool implements OnModuleDestroy {
  private readonly pool: Piscina<RenderJob, Uint8Array>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.pool = new Piscina({
      ...renderWorkerEntry(),
      minThreads: 0,
      maxThreads: config.reportWorkers,
      maxQueue: config.reportWorkers * QUEUE_PER_WORKER,
      idleTimeout: IDLE_TIMEOUT_MS,
      niceIncrement: RENDER_NICE_INCREMENT,
    });
  }

  get threads(): number {
    return this.pool.threads.length;
  }

  /** Jobs waiting for a worker. */
  get queueSize(): number {
    return this.pool.queueSize;
  }

  /** `signal` cancels the job: dropped from the queue, or its worker stopped (a new one replaces it). */
  async render(job: RenderJob, signal?: AbortSignal): Promise<Buffer> {
    if (this.pool.queueSize >= this.pool.options.maxQueue) {
      throw tooManyRequests(
        '报表生成队列已满，请稍后再试 / The report renderer is busy: please try again in a minute',
        { reason: 'RENDER_QUEUE_FULL' },
      );
    }
    // The worker's Buffer arrives as a Uint8Array (structured clone); wrap it without copying.
    const bytes = await this.pool.run(job, { signal });
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /**
   * A Download (`base` and the ASCII `fallback` name without extension) whose file this pool renders
   * when it is written: nothing is sent until the file is complete. A client that goes away cancels
   * the render, so aborting and retrying cannot pile up work in the pool past the per-user limit
   * (the slot is released as soon as the connection closes). Every report download is one of these.
   */
  download(job: RenderJob, base: string, fallback: string): Download {
    const format = job.kind.endsWith('xlsx') ? 'xlsx' : 'pdf';
    return {
      filename: `${base}.${format}`,
      fallbackName: `${fallback}.${format}`,
      contentType: format === 'xlsx' ? XLSX_TYPE : PDF_TYPE,
      write: async (out) => {
        const cancel = new AbortController();
        const onClose = () => {
          if (!out.writableFinished) cancel.abort();
        };
        out.once('close', onClose);
        try {
          await writeBuffer(await this.render(job, cancel.signal))(out);
        } finally {
          out.off('close', onClose);
        }
      },
    };
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.destroy();
  }
}

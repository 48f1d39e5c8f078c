import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../auth/public.decorator';

@Controller('health')
@Public()
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Liveness: the process answers, without touching the database (a check that waits for a busy
   * database session would restart a healthy server). 200 `{ status: 'ok' }`.
   */
  @Get('live')
  @HttpCode(200)
  live(): { status: string; time: string } {
    return { status: 'ok', time: new Date().toISOString() };
  }

  /** Readiness: 200 `{ status: 'ok', db: 'up' }` when the database answers, else 503. */
  @Get()
  @HttpCode(200)
  async check(): Promise<{ status: string; db: string; time: string }> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException({ status: 'error', db: 'down' });
    }
    return { status: 'ok', db: 'up', time: new Date().toISOString() };
  }
}

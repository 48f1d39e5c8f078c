import type { Logger as PinoLogger } from 'pino';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * TypeORM → pino. Failed queries are logged at debug (expected ones such as unique violations are
 * turned into BAD_USER_INPUT; unexpected ones are logged by formatError), migrations at info.
 */
export class TypeOrmPinoLogger implements TypeOrmLogger {
  private readonly pino: PinoLogger;

  constructor(logger: PinoLogger) {
    this.pino = logger.child({ context: 'TypeORM' });
  }

  logQuery(query: string, parameters?: unknown[]): void {
    this.pino.trace({ query, parameters }, 'query');
  }
  logQueryError(error: string | Error, query: string, parameters?: unknown[]): void {
    this.pino.debug({ err: error, query, parameters }, 'query failed');
  }
  logQuerySlow(time: number, query: string, parameters?: unknown[]): void {
    this.pino.warn({ time, query, parameters }, 'slow query');
  }
  logSchemaBuild(message: string): void {
    this.pino.debug(message);
  }
  logMigration(message: string): void {
    this.pino.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.pino.warn(String(message));
    else this.pino.debug(String(message));
  }
}

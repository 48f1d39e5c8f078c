import type { DataSource, Logger } from 'typeorm';

export interface QueryCounter {
  /** The statements seen since start (or the last reset), in order. */
  readonly statements: string[];
  reset(): void;
  /** Put the original logger back. */
  stop(): void;
}

/**
 * Counts the SQL statements a DataSource sends, by wrapping its logger: TypeORM's postgres query
 * runner calls `logger.logQuery` for every statement (the configured logging level only decides
 * what the logger prints), so this sees every query of every request, the auth lookup included.
 */
export function countQueries(dataSource: DataSource): QueryCounter {
  const original = dataSource.logger;
  const statements: string[] = [];
  const counting: Logger = Object.create(original);
  counting.logQuery = (query, parameters, queryRunner) => {
    statements.push(query);
    return original.logQuery(query, parameters, queryRunner);
  };
  (dataSource as { logger: Logger }).logger = counting;
  return {
    statements,
    reset: () => void statements.splice(0),
    stop: () => void ((dataSource as { logger: Logger }).logger = original),
  };
}

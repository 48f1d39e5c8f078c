import pino, { Logger } from 'pino';

/** DI token for the root pino logger (provided globally by LoggerModule). */
export const PINO_LOGGER = Symbol('PINO_LOGGER');

export interface LoggerOptions {
  level: string;
  pretty: boolean;
}

/** Structured JSON logs; pretty-printed in development when pino-pretty is installed. */
export function createLogger({ level, pretty }: LoggerOptions): Logger {
  if (pretty) {
    try {
      require.resolve('pino-pretty');
      return pino({
        level,
        transport: {
          target: 'pino-pretty',
          options: { colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
        },
      });
    } catch {
      // pino-pretty is a dev dependency: fall back to JSON.
    }
  }
  return pino({ level, base: { app: 'pathboard-api' } });
}

export type { Logger };

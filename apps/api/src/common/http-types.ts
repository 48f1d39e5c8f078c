import type { IncomingMessage, ServerResponse } from 'node:http';

/** The slice of express's request/response the app uses (@types/express is not installed). */
export interface HttpRequest extends IncomingMessage {
  path: string;
  method: string;
  url: string;
  accepts(type: string): string | false;
  /** The client address (honours the `trust proxy` setting, see TRUST_PROXY). */
  ip?: string;
}

export interface HttpResponse extends ServerResponse {
  sendFile(file: string): void;
}

export type NextFn = (err?: unknown) => void;

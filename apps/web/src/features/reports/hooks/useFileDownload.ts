import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionStore } from '../../auth';
import { useDescribeError } from '../../../shared/errors';
import { downloadFile, type DownloadProgress, saveBlob } from '../download/download-file';
import { HttpRequestError, toErrorLike } from '../download/http-request-error';

export interface ActiveDownload {
  key: string;
  progress: DownloadProgress | null;
}

/**
 * One download at a time with its progress, saved under the server's file name; failures are shown
 * in words (an expired session ends it, as with GraphQL calls). Leaving the screen cancels it.
 */
export function useFileDownload() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const [active, setActive] = useState<ActiveDownload | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (key: string, url: string, fallbackName: string) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setActive({ key, progress: null });
      let lastShown = -1;
      try {
        const file = await downloadFile(url, {
          token: sessionStore.token(),
          signal: abort.signal,
          // Re-render per visible change (a percent, or 64 KB without a size), not per network chunk.
          onProgress: (progress) => {
            const step = progress.total
              ? Math.floor((progress.loaded / progress.total) * 100)
              : Math.floor(progress.loaded / 65536);
            if (step === lastShown) return;
            lastShown = step;
            setActive({ key, progress });
          },
        });
        const name = file.filename ?? fallbackName;
        saveBlob(file.blob, name);
        void message.success(t('reports.saved', { name }));
      } catch (error) {
        if (error instanceof HttpRequestError && error.failure === 'aborted') return;
        const words = describe(toErrorLike(error));
        if (words.backToLogin) sessionStore.end('expired');
        void message.error(t('reports.failed', { reason: words.message }));
      } finally {
        if (controller.current === abort) {
          controller.current = null;
          setActive(null);
        }
      }
    },
    [describe, message, t],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { active, start, cancel };
}

import { useEffect, useState } from 'react';
import { sessionStore } from '../../auth';
import { fetchEvidenceBlob } from '../http/evidence-http';

/**
 * An object URL for bytes behind an evidence URL (fetched with the token, which an <img src> cannot
 * send); revoked when the URL changes or the component goes. `failed` when the server refused.
 */
export function useObjectUrl(url: string | null) {
  const [state, setState] = useState<{ src: string | null; failed: boolean }>({ src: null, failed: false });
  useEffect(() => {
    if (!url) return;
    const abort = new AbortController();
    let created: string | null = null;
    fetchEvidenceBlob(url, sessionStore.token(), fetch, abort.signal)
      .then((blob) => {
        if (abort.signal.aborted) return;
        created = URL.createObjectURL(blob);
        setState({ src: created, failed: false });
      })
      .catch(() => {
        if (!abort.signal.aborted) setState({ src: null, failed: true });
      });
    return () => {
      abort.abort();
      if (created) URL.revokeObjectURL(created);
    };
  }, [url]);
  return state;
}

import { Alert } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/formatting';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';

/** The latest 退回 of an item, as the API gives it (RectificationItem.lastRejection). */
export interface Rejection {
  reason: string;
  at: string;
  by: string | null;
}

/**
 * The 退回 that stands: an OPEN item that came back from the reviewer (an OPEN item is rejected
 * only by its latest step). Null for an item never rejected, or answered again since.
 */
export function standingRejection(item: {
  status: string;
  lastRejection?: Rejection | null;
}): Rejection | null {
  return item.status === 'OPEN' ? (item.lastRejection ?? null) : null;
}

/** 上次反馈未通过：<reason>（<reviewer>，<time>）, the time in the district's zone, as the ledger's. */
export function useRejectionText(): (rejection: Rejection) => string {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  return (rejection) => {
    const at = formatDateTime(rejection.at, language);
    return rejection.by
      ? t('rectification.rejection.withBy', { reason: rejection.reason, by: rejection.by, at })
      : t('rectification.rejection.noBy', { reason: rejection.reason, at });
  };
}

/**
 * 上次反馈未通过：<reason>（<reviewer>，<time>）: on the ledger's card and row, and atop the answer
 * dialog, so the branch reads why before answering again. The time in the district's zone, as the
 * rest of the ledger.
 */
export function RejectionNote({ rejection, style }: { rejection: Rejection; style?: CSSProperties }) {
  const text = useRejectionText()(rejection);
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="rectification-rejection"
      message={<span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{text}</span>}
      style={style}
    />
  );
}

/** The note of an item's standing 退回 (nothing for an item that has none). */
export function ItemRejection({
  item,
  style,
}: {
  item: { status: string; lastRejection?: Rejection | null };
  style?: CSSProperties;
}) {
  const rejection = standingRejection(item);
  return rejection ? <RejectionNote rejection={rejection} style={style} /> : null;
}

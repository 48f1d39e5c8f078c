import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AnnualReviewState } from '../../../generated/graphql';

/** The colour of each state; the words are annual.items.state (one list, read by the card and the queue). */
const COLOURS: Record<AnnualReviewState, string | undefined> = {
  NONE: undefined,
  PENDING: 'blue',
  CHANGED: 'orange',
  REVIEWED: 'green',
};

/** Where an annual claim stands with the committee: 待审核, 已修改，待复核 (the reviewed value still counts), 已审核. */
export function AnnualReviewStateTag({ state, count }: { state: AnnualReviewState; count?: number }) {
  const { t } = useTranslation();
  const label = t(`annual.items.state.${state}`);
  return (
    <Tag color={COLOURS[state]} data-testid={`annual-state-${state}`}>
      {count === undefined ? label : t('annual.claimsQueue.count', { state: label, count })}
    </Tag>
  );
}

import { Button, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RectificationsQuery, Role } from '../../../../generated/graphql';
import { formatDateTime } from '../../../../shared/formatting';
import { useAppLanguage } from '../../../../shared/i18n/use-app-language';
import { EvidenceList } from '../../../evidence';

/** One row of the 整改台账 as the screen asks for it. */
export type LedgerItem = RectificationsQuery['rectifications'][number];

/** What the ledger's table and its phone list need besides the items. */
export interface LedgerViewProps {
  items: readonly LedgerItem[];
  loading: boolean;
  role: Role | undefined;
  onAnswer: (item: LedgerItem) => void;
  onVerify: (item: LedgerItem) => void;
}

const STATUS_COLOR = { OPEN: 'orange', ANSWERED: 'blue', CLOSED: 'green' } as const;

/** The indicator's name, its path's under it. */
export function IndicatorName({ item }: { item: LedgerItem }) {
  const { lang } = useAppLanguage();
  return (
    <>
      <div>{item.indicatorName[lang]}</div>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {item.pathName[lang]}
      </Typography.Text>
    </>
  );
}

export function StatusTags({ item }: { item: LedgerItem }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={STATUS_COLOR[item.status]}>{t(`rectification.status.${item.status}`)}</Tag>
      {item.overdue ? <Tag color="red">{t('rectification.overdue')}</Tag> : null}
    </>
  );
}

/** The one step the caller can take on the item: a branch answers an open one, a reviewer checks an answer. */
export function ItemAction({
  item,
  role,
  onAnswer,
  onVerify,
  block,
}: Omit<LedgerViewProps, 'items' | 'loading'> & {
  item: LedgerItem;
  block?: boolean;
}) {
  const { t } = useTranslation();
  if (role === 'BRANCH' && item.status === 'OPEN')
    return (
      <Button size={block ? 'middle' : 'small'} block={block} type="primary" onClick={() => onAnswer(item)}>
        {t('rectification.answer.button')}
      </Button>
    );
  if ((role === 'REVIEWER' || role === 'ADMIN') && item.status === 'ANSWERED')
    return (
      <Button size={block ? 'middle' : 'small'} block={block} type="primary" onClick={() => onVerify(item)}>
        {t('rectification.verify.button')}
      </Button>
    );
  return null;
}

/** 整改记录: every step with its comment and the files sent with it. */
export function ItemHistory({ item }: { item: LedgerItem }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  return (
    <>
      <Typography.Text strong>{t('rectification.history')}</Typography.Text>
      <Timeline
        style={{ marginTop: 8 }}
        items={item.history.map((h) => ({
          children: (
            <>
              {`${formatDateTime(h.at, language)} ${t(`rectification.actions.${h.action}`)}${h.comment ? `：${h.comment}` : ''}`}
              {h.files.length ? (
                <div data-testid="rectification-answer-files" style={{ marginTop: 4 }}>
                  <EvidenceList files={h.files} />
                </div>
              ) : null}
            </>
          ),
        }))}
      />
    </>
  );
}

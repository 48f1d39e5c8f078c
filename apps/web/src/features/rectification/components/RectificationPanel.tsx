import { useQuery } from '@apollo/client';
import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDeadline } from '../../../shared/formatting';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { RECTIFICATION_PROPOSALS, RECTIFICATIONS } from '../graphql/rectification.operations';
import { indicatorLabel, type IndicatorChoice } from '../model/indicator-choices';
import { ConfirmAllProposalsModal } from './ConfirmAllProposalsModal';
import {
  CreateRectificationModal,
  type PendingRectification,
  type RectificationDraft,
} from './CreateRectificationModal';

/** In the review screen: the items already assigned for this assessment and the suggested new ones. */
export function RectificationPanel({
  assessmentId,
  branchId,
  period,
  pending,
  onPendingChange,
  indicators,
}: {
  /** The assessment framework's indicators: items are named, and a new one chosen, by them. */
  indicators: readonly IndicatorChoice[];
  assessmentId: string;
  branchId: string;
  period: string;
  /**
   * While the assessment awaits a decision: the items confirmed so far, sent with approve/return
   * (same transaction). Unset: an item is assigned at once.
   */
  pending?: readonly PendingRectification[];
  onPendingChange?: (items: PendingRectification[]) => void;
}) {
  const { t } = useTranslation();
  const { language, lang } = useAppLanguage();
  const nameOf = (code: string) => indicatorLabel(indicators, code, lang);
  const [draft, setDraft] = useState<RectificationDraft | null>(null);
  const [confirmingAll, setConfirmingAll] = useState(false);
  const items = useQuery(RECTIFICATIONS, { variables: { filter: { branchId, periodCode: period } } });
  const proposals = useQuery(RECTIFICATION_PROPOSALS, { variables: { assessmentId } });
  const collecting = !!onPendingChange;
  const pendingCodes = new Set((pending ?? []).map((p) => p.indicatorCode));
  const proposed = (proposals.data?.rectificationProposals ?? []).filter(
    (p) => !pendingCodes.has(p.indicatorCode),
  );
  const problemOf = (p: (typeof proposed)[number]) => (language === 'en' ? p.problem.en : p.problem.zh);
  return (
    <Card
      title={t('rectification.panel.title')}
      size="small"
      extra={
        <Button size="small" onClick={() => setDraft({ indicatorCode: '', problem: '' })}>
          {t('rectification.panel.addOther')}
        </Button>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text strong>{t('rectification.panel.existing')}</Typography.Text>
        <List
          size="small"
          locale={{ emptyText: t('rectification.empty') }}
          dataSource={items.data?.rectifications ?? []}
          renderItem={(i) => (
            <List.Item>
              <Space wrap>
                <Tag>{i.indicatorName[lang]}</Tag>
                {i.problem}
                <Tag color={i.status === 'CLOSED' ? 'green' : 'orange'}>
                  {t(`rectification.status.${i.status}`)}
                </Tag>
                {i.overdue ? <Tag color="red">{t('rectification.overdue')}</Tag> : null}
                <Typography.Text type="secondary">{formatDeadline(i.deadline, language)}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
        {collecting ? (
          <>
            <Typography.Text strong>
              {t('rectification.panel.pending', { count: pending?.length ?? 0 })}
            </Typography.Text>
            <Typography.Text type="secondary">{t('rectification.panel.pendingHint')}</Typography.Text>
            <List
              size="small"
              data-testid="pending-rectifications"
              locale={{ emptyText: t('rectification.panel.noPending') }}
              dataSource={[...(pending ?? [])]}
              renderItem={(p, index) => (
                <List.Item
                  actions={[
                    <Button
                      key="remove"
                      size="small"
                      onClick={() => onPendingChange((pending ?? []).filter((_, i) => i !== index))}
                    >
                      {t('rectification.panel.remove')}
                    </Button>,
                  ]}
                >
                  <Space wrap>
                    <Tag>{nameOf(p.indicatorCode)}</Tag>
                    {p.problem}
                    <Typography.Text type="secondary">{formatDeadline(p.deadline, language)}</Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </>
        ) : null}
        <Space wrap>
          <Typography.Text strong>{t('rectification.panel.proposals')}</Typography.Text>
          {proposed.length > 1 ? (
            <Button size="small" onClick={() => setConfirmingAll(true)}>
              {t('rectification.panel.confirmAll', { count: proposed.length })}
            </Button>
          ) : null}
        </Space>
        <List
          size="small"
          loading={proposals.loading}
          locale={{ emptyText: t('rectification.panel.noProposals') }}
          dataSource={proposed}
          renderItem={(p) => (
            <List.Item
              actions={[
                <Button
                  key="assign"
                  size="small"
                  type="primary"
                  onClick={() =>
                    setDraft({
                      indicatorCode: p.indicatorCode,
                      problem: language === 'en' ? p.problem.en : p.problem.zh,
                    })
                  }
                >
                  {t(collecting ? 'rectification.panel.confirm' : 'rectification.panel.assign')}
                </Button>,
              ]}
            >
              <Space wrap>
                <Tag color={p.reason === 'VETO' ? 'red' : 'orange'}>
                  {t(p.reason === 'VETO' ? 'rectification.panel.veto' : 'rectification.panel.lowScore')}
                </Tag>
                {language === 'en' ? p.problem.en : p.problem.zh}
              </Space>
            </List.Item>
          )}
        />
      </Space>
      <ConfirmAllProposalsModal
        assessmentId={assessmentId}
        open={confirmingAll}
        proposals={proposed.map((p) => ({
          indicatorCode: p.indicatorCode,
          indicatorName: nameOf(p.indicatorCode),
          problem: problemOf(p),
        }))}
        onClose={() => setConfirmingAll(false)}
        onCollect={
          onPendingChange
            ? (items) => {
                const codes = new Set(items.map((i) => i.indicatorCode));
                onPendingChange([...(pending ?? []).filter((p) => !codes.has(p.indicatorCode)), ...items]);
              }
            : undefined
        }
      />
      <CreateRectificationModal
        indicators={indicators}
        assessmentId={assessmentId}
        draft={draft}
        onClose={() => setDraft(null)}
        onCollect={
          onPendingChange
            ? (item) =>
                onPendingChange([
                  ...(pending ?? []).filter((p) => p.indicatorCode !== item.indicatorCode),
                  item,
                ])
            : undefined
        }
      />
    </Card>
  );
}

import { useMutation, useQuery } from '@apollo/client';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { Alert, App, Button, Card, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IndicatorField } from '../../../shared/assessment-form/components/IndicatorField';
import { useDescribeError } from '../../../shared/errors';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { ANNUAL_ITEMS, REVIEW_ANNUAL_VALUES, SAVE_ANNUAL_VALUES } from '../graphql/annual-items.operations';
import { editedValues, shownValue, specOf, valueText, type ItemEdit } from './annual-items-form';
import { AnnualReviewStateTag } from './AnnualReviewStateTag';
import type { AnnualReviewState } from '../../../generated/graphql';
import { StackedRows } from '../../../shared/components/StackedRows';
import { usePhone } from '../../../shared/layout/use-phone';

/** A claim a reviewer still has to decide: never reviewed, or changed since the review. */
const waiting = (state: AnnualReviewState) => state === 'PENDING' || state === 'CHANGED';

/** Who looks: the branch enters its own values, a reviewer (REVIEWER/ADMIN) decides, others read. */
export type AnnualItemsMode = 'branch' | 'review' | 'read';

/**
 * The year's annual-only items of a branch (年度加分 for 表彰, 年度扣分, annual vetoes): the branch's
 * entries beside the reviewed (official) values and what each counts, with the annual total and its
 * explanation. Hidden when the year's framework has no such item.
 */
export function AnnualItemsCard({
  branchId,
  year,
  mode,
}: {
  branchId: string;
  year: number;
  mode: AnnualItemsMode;
}) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const lang = language === 'en' ? 'en' : 'zh';
  const { message } = App.useApp();
  const phone = usePhone();
  const describe = useDescribeError();
  const [edits, setEdits] = useState<Map<string, ItemEdit>>(new Map());
  const [failure, setFailure] = useState<string | null>(null);
  const { data } = useQuery(ANNUAL_ITEMS, { variables: { branchId, year }, fetchPolicy: 'network-only' });
  // The items (and the annual card above) read again: the year's result moved with the values.
  const after = { refetchQueries: ['AnnualItems', 'BranchAnnual'], awaitRefetchQueries: true };
  const [save, saving] = useMutation(SAVE_ANNUAL_VALUES, after);
  const [review, reviewing] = useMutation(REVIEW_ANNUAL_VALUES, after);
  const annual = data?.annualItems;
  const gradeName = useMemo(() => {
    const names = new Map((annual?.grades ?? []).map((g) => [g.code, g.name[lang]]));
    return (code: string) => names.get(code);
  }, [annual, lang]);
  if (!annual || annual.items.length === 0) return null;

  const editable = annual.writable && mode !== 'read';
  const side = mode === 'branch' ? 'self' : 'reviewed';
  const words = { yes: t('annual.items.yes'), no: t('annual.items.no'), empty: t('annual.items.empty') };
  const edit = (code: string, patch: ItemEdit) =>
    setEdits((prev) => new Map(prev).set(code, { ...prev.get(code), ...patch }));
  type Item = (typeof annual.items)[number];

  const submit = async () => {
    const values = editedValues(annual.items, edits, side);
    try {
      if (mode === 'branch') await save({ variables: { input: { branchId, year, values } } });
      else await review({ variables: { input: { branchId, year, values } } });
      setEdits(new Map());
      setFailure(null);
      void message.success(t('annual.items.saved'));
    } catch (error) {
      // Every refused value, named; the edits stay for a correction.
      const words = describe(error);
      setFailure([words.message, ...words.details].join(' '));
    }
  };

  const input = (item: Item, own: 'self' | 'reviewed') => {
    const spec = specOf(item);
    return (
      <Form layout="vertical" component="div">
        <IndicatorField
          spec={spec}
          label={null}
          value={shownValue(item, edits.get(item.code), own)}
          onChange={(value) => edit(item.code, { value })}
          lang={lang}
          gradeName={gradeName}
        />
      </Form>
    );
  };
  const columns = [
    {
      title: t('annual.items.col.item'),
      key: 'item',
      // Kept in view while the other columns scroll sideways on a narrow screen (a phone stacks the
      // columns instead): each row stays named. 120 px broke English names inside a word.
      fixed: 'left' as const,
      width: 200,
      render: (_: unknown, item: Item) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{item.name[lang]}</Typography.Text>
          <Tag>{t(`annual.items.role.${item.role}`)}</Tag>
          {item.applicable ? null : (
            <Typography.Text type="secondary">{t('annual.items.notApplicable')}</Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('annual.items.col.self'),
      key: 'self',
      render: (_: unknown, item: Item) =>
        editable && mode === 'branch' && item.applicable ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            {input(item, 'self')}
            <Input.TextArea
              aria-label={`${item.name[lang]} ${t('annual.items.col.evidence')}`}
              placeholder={t(`annual.items.evidencePlaceholder.${item.role}`)}
              value={edits.get(item.code)?.evidence ?? item.evidence ?? ''}
              onChange={(e) => edit(item.code, { evidence: e.target.value })}
              autoSize={{ minRows: 1, maxRows: 4 }}
              maxLength={TEXT_LIMITS.annualEvidence}
            />
          </Space>
        ) : (
          <Space direction="vertical" size={0}>
            <span>{valueText(item.selfValue, words)}</span>
            {item.evidence ? <Typography.Text type="secondary">{item.evidence}</Typography.Text> : null}
          </Space>
        ),
    },
    {
      title: t('annual.items.col.reviewed'),
      key: 'reviewed',
      render: (_: unknown, item: Item) =>
        editable && mode === 'review' && item.applicable ? (
          <Space direction="vertical">
            {waiting(item.reviewState) ? <AnnualReviewStateTag state={item.reviewState} /> : null}
            {input(item, 'reviewed')}
            {item.selfValue !== null && item.selfValue !== undefined ? (
              <Button
                size="small"
                type="link"
                onClick={() => edit(item.code, { value: shownValue(item, undefined, 'self') })}
              >
                {t('annual.items.useSelf')}
              </Button>
            ) : null}
          </Space>
        ) : item.reviewedAt ? (
          // A claim changed since: the reviewed value, still the one counted, flagged 已修改，待复核.
          <Space direction="vertical" size={0}>
            <span>{valueText(item.reviewedValue, words)}</span>
            {waiting(item.reviewState) ? <AnnualReviewStateTag state={item.reviewState} /> : null}
          </Space>
        ) : waiting(item.reviewState) ? (
          <AnnualReviewStateTag state={item.reviewState} />
        ) : (
          <Tag>{t('annual.items.notReviewed')}</Tag>
        ),
    },
    {
      title: t('annual.items.col.points'),
      key: 'points',
      render: (_: unknown, item: Item) => (
        <Space direction="vertical" size={0}>
          {item.role === 'veto' ? (
            item.vetoTriggered ? (
              <Tag color="volcano">{t('annual.items.vetoTriggered')}</Tag>
            ) : (
              <span>{t('annual.items.empty')}</span>
            )
          ) : (
            <Typography.Text strong>{item.points > 0 ? `+${item.points}` : item.points}</Typography.Text>
          )}
          <Typography.Text type="secondary">{item.reason[lang]}</Typography.Text>
        </Space>
      ),
    },
  ];

  const r = annual.result;
  const busy = saving.loading || reviewing.loading;
  return (
    <Card title={t('annual.items.title', { year })} data-testid="annual-items" id="annual-items">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('annual.items.intro')}</Typography.Text>
        {annual.writable ? null : <Alert type="info" showIcon message={t('annual.items.closed')} />}
        {failure ? <Alert type="error" showIcon message={failure} /> : null}
        {/* On a phone each item is a block of its own: no sideways scrolling past the inputs. */}
        {phone ? (
          <StackedRows rows={annual.items} rowKey={(item) => item.code} columns={columns} />
        ) : (
          <Table
            rowKey="code"
            size="small"
            pagination={false}
            columns={columns}
            dataSource={annual.items}
            scroll={{ x: 640 }}
          />
        )}
        {editable ? (
          <Space>
            <Button type="primary" loading={busy} disabled={edits.size === 0} onClick={() => void submit()}>
              {mode === 'branch' ? t('annual.items.saveSelf') : t('annual.items.saveReview')}
            </Button>
            {edits.size ? <Tag color="orange">{t('annual.items.unsaved')}</Tag> : null}
          </Space>
        ) : null}
        {r ? (
          <Alert
            type="info"
            data-testid="annual-items-total"
            message={t('annual.items.total', {
              total: r.total.toFixed(2),
              quarters: r.quarterPoints.toFixed(2),
              bonus: r.bonusPoints.toFixed(2),
              deduction: r.deductionPoints.toFixed(2),
              grade: r.grade.name[lang],
            })}
            description={t('annual.items.explanation', { text: r.explanation[lang] })}
          />
        ) : null}
      </Space>
    </Card>
  );
}

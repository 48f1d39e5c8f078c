import { UndoOutlined } from '@ant-design/icons';
import { describeInput, type Framework, type IndicatorScore } from '@pathboard/scoring';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { Button, Col, Form, Input, Row, Space, Tag, Typography } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../shared/assessment-form/form/edit-session';
import type { FieldSpec } from '../../../shared/assessment-form/form/field-spec';
import type { FieldMessage } from '../../../shared/assessment-form/form/form-validation';
import type { FormValue } from '../../../shared/assessment-form/form/form-values';
import { IndicatorField } from '../../../shared/assessment-form/components/IndicatorField';
import { EvidenceList, type EvidenceFile } from '../../evidence';
import type { ReviewRow } from '../logic/review-diff';

interface Props {
  row: ReviewRow;
  framework: Framework;
  entry: Entry;
  selfValue: FormValue;
  selfScore?: IndicatorScore;
  officialScore?: IndicatorScore;
  issues?: FieldMessage[];
  lang: 'zh' | 'en';
  gradeName: (code: string) => string | undefined;
  readOnly: boolean;
  fromServer?: boolean;
  onEdit: (code: string, patch: Partial<Entry>) => void;
  /** The reviewer's reason for an adjustment (调整理由), asked for while the row is adjusted. */
  reason: string;
  /** A decision was tried: an adjusted row without a reason shows as an error. */
  reasonMissing: boolean;
  onReasonChange: (code: string, reason: string) => void;
  /** The branch's files behind its value (thumbnails, open, download, plausibility flags). */
  evidenceFiles?: readonly EvidenceFile[];
}

/**
 * One indicator under review: the branch's value, points and evidence on the left; the value the
 * review accepts (editable, same input as the form) with its points on the right.
 */
export const ReviewIndicatorRow = memo(function ReviewIndicatorRow({
  row,
  framework,
  entry,
  selfValue,
  selfScore,
  officialScore,
  issues,
  lang,
  gradeName,
  readOnly,
  fromServer,
  onEdit,
  reason,
  reasonMissing,
  onReasonChange,
  evidenceFiles = [],
}: Props) {
  const { t } = useTranslation();
  const { spec } = row;
  const words = (code: string, input: ReviewRow['self']) =>
    input === null ? t('assessment.conflict.empty') : describeInput(framework, code, input)[lang];
  const tags = (
    <>
      {row.adjusted ? <Tag color="orange">{t('review.detail.adjusted')}</Tag> : null}
      {fromServer ? <Tag color="blue">{t('assessment.field.changedOnServer')}</Tag> : null}
    </>
  );
  return (
    <section
      id={`indicator-${spec.code}`}
      aria-label={spec.name[lang]}
      style={{ paddingBlock: 8, borderBottom: '1px solid #f0f0f0' }}
    >
      <Space size={4} wrap style={{ marginBottom: 4 }}>
        <Typography.Text strong>{spec.name[lang]}</Typography.Text>
        {tags}
      </Space>
      <Row gutter={[16, 0]}>
        <Col xs={24} md={9}>
          <Typography.Text type="secondary">{t('review.detail.self')}</Typography.Text>
          <div style={{ fontSize: 15, marginBlock: 4 }}>{words(spec.code, row.self)}</div>
          {selfScore ? (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 4, fontSize: 13 }}>
              {selfScore.reason[lang]}
            </Typography.Paragraph>
          ) : null}
          <Typography.Paragraph
            style={{ fontSize: 13, whiteSpace: 'pre-wrap', marginBottom: 8 }}
            type={row.evidence ? undefined : 'secondary'}
          >
            {row.evidence
              ? t('review.detail.evidence', { text: row.evidence })
              : t('review.detail.noEvidence')}
          </Typography.Paragraph>
          <div data-testid={`review-evidence-${spec.code}`} style={{ marginBottom: 8 }}>
            <EvidenceList files={evidenceFiles} showFlags emptyText={t('evidence.noneReview')} />
          </div>
        </Col>
        <Col xs={24} md={15}>
          <IndicatorField
            spec={spec as FieldSpec}
            value={entry.value}
            onChange={(value) => onEdit(spec.code, { value })}
            issues={issues}
            lang={lang}
            gradeName={gradeName}
            disabled={readOnly}
            clearable={false}
            label={t('review.detail.official')}
          />
          <div style={{ marginTop: -16, marginBottom: 8 }}>
            {issues?.length ? (
              // The preview scores an invalid value as missing; "未填写，计0分" would tell the reviewer a falsehood.
              <Typography.Text type="danger" style={{ fontSize: 13 }}>
                {t('review.detail.invalidNotScored')}
              </Typography.Text>
            ) : officialScore ? (
              <Typography.Text type={row.adjusted ? 'warning' : 'secondary'} style={{ fontSize: 13 }}>
                {officialScore.reason[lang]}
              </Typography.Text>
            ) : null}
            {row.adjusted && !readOnly ? (
              <Button
                type="link"
                size="small"
                icon={<UndoOutlined />}
                onClick={() => onEdit(spec.code, { value: selfValue })}
              >
                {t('review.detail.resetToSelf')}
              </Button>
            ) : null}
          </div>
          {row.adjusted ? (
            <AdjustmentReason
              code={spec.code}
              reason={reason}
              readOnly={readOnly}
              missing={reasonMissing && !reason.trim()}
              onChange={onReasonChange}
            />
          ) : null}
        </Col>
      </Row>
    </section>
  );
});

/** Why the reviewer's value differs from the branch's: required, and shown to the branch beside it. */
function AdjustmentReason({
  code,
  reason,
  readOnly,
  missing,
  onChange,
}: {
  code: string;
  reason: string;
  readOnly: boolean;
  missing: boolean;
  onChange: (code: string, reason: string) => void;
}) {
  const { t } = useTranslation();
  if (readOnly)
    return reason ? (
      <Typography.Paragraph style={{ fontSize: 13, whiteSpace: 'pre-wrap' }}>
        {t('review.detail.reasonShown', { reason })}
      </Typography.Paragraph>
    ) : null;
  return (
    <Form.Item
      label={t('review.detail.reason')}
      required
      htmlFor={`review-reason-${code}`}
      validateStatus={missing ? 'error' : undefined}
      help={missing ? t('review.detail.reasonRequired') : t('review.detail.reasonHelp')}
      style={{ marginBottom: 8 }}
    >
      <Input.TextArea
        id={`review-reason-${code}`}
        value={reason}
        onChange={(event) => onChange(code, event.target.value)}
        autoSize={{ minRows: 1, maxRows: 4 }}
        maxLength={TEXT_LIMITS.reviewReason}
        placeholder={t('review.detail.reasonPlaceholder')}
      />
    </Form.Item>
  );
}

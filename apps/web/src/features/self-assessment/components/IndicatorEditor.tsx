import type { Indicator, ValueFlag } from '@pathboard/scoring';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { Form, Input, Tag, Typography } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry, EntryPart } from '../../../shared/assessment-form/form/edit-session';
import { looksLikeARate, type FieldSpec } from '../../../shared/assessment-form/form/field-spec';
import type { FieldMessage } from '../../../shared/assessment-form/form/form-validation';
import { IndicatorField } from '../../../shared/assessment-form/components/IndicatorField';
import { OpenRectificationNotes, type OpenRectification } from '../../rectification';
import { EvidenceUploader, type EvidenceFile } from '../../evidence';
import { ValueWarnings } from './ValueWarnings';

/** The evidence files of the value and where they go (absent: no file section, e.g. in a preview). */
export interface EditorEvidence {
  assessmentId: string;
  files: readonly EvidenceFile[];
  requirement?: Indicator['evidence'];
  /** The reviewer's return asked for evidence here. */
  requested: boolean;
  onChanged: () => unknown;
}

interface Props {
  spec: FieldSpec;
  entry: Entry;
  onEdit: (code: string, patch: Partial<Entry>) => void;
  issues?: FieldMessage[];
  lang: 'zh' | 'en';
  gradeName: (code: string) => string | undefined;
  readOnly: boolean;
  /** Parts not saved yet. */
  unsaved?: EntryPart[];
  /** The server's value was taken in after a CONFLICT. */
  fromServer?: boolean;
  description?: string;
  /**
   * The reviewer's value and its reason, in a sentence, where it differs from the branch's (after a
   * return or approval).
   */
  reviewedNote?: string;
  /** Last quarter's value in words, as it counted: a reference while typing this quarter's. */
  previousValue?: string;
  /** Data-check warnings about this value (ValueWarnings). */
  warnings?: ValueFlag[];
  /** The branch's unclosed 整改事项 on this indicator (any quarter). */
  openItems?: readonly OpenRectification[];
  evidence?: EditorEvidence;
}

/** One indicator of the self-assessment: its input (IndicatorField) and its evidence note. */
export const IndicatorEditor = memo(function IndicatorEditor({
  spec,
  entry,
  onEdit,
  issues,
  lang,
  gradeName,
  readOnly,
  unsaved,
  fromServer,
  description,
  reviewedNote,
  previousValue,
  warnings,
  openItems,
  evidence,
}: Props) {
  const { t } = useTranslation();
  const evidenceId = `evidence-${spec.code}`;
  const tags = (
    <>
      {unsaved?.length ? <Tag color="orange">{t('assessment.field.unsaved')}</Tag> : null}
      {fromServer ? <Tag color="blue">{t('assessment.field.changedOnServer')}</Tag> : null}
    </>
  );
  return (
    <section
      id={`indicator-${spec.code}`}
      aria-label={spec.name[lang]}
      style={{ paddingBlock: 8, borderBottom: '1px solid #f0f0f0' }}
    >
      <IndicatorField
        spec={spec}
        value={entry.value}
        onChange={(value) => onEdit(spec.code, { value })}
        issues={issues}
        lang={lang}
        gradeName={gradeName}
        disabled={readOnly}
        labelExtra={unsaved?.length || fromServer ? tags : undefined}
      />
      {previousValue ? (
        <Typography.Paragraph
          type="secondary"
          style={{ marginTop: -12, fontSize: 13 }}
          data-testid={`previous-${spec.code}`}
        >
          {t('assessment.nav.previous', { value: previousValue })}
        </Typography.Paragraph>
      ) : null}
      {looksLikeARate(spec, entry.value) ? (
        <Typography.Paragraph
          type="warning"
          style={{ marginTop: -12, fontSize: 13 }}
          data-testid={`rate-hint-${spec.code}`}
        >
          {t('assessment.field.percentNotRate', {
            typed: entry.value,
            percent: Math.round((entry.value as number) * 10000) / 100,
          })}
        </Typography.Paragraph>
      ) : null}
      {openItems?.length ? <OpenRectificationNotes code={spec.code} items={openItems} /> : null}
      <ValueWarnings flags={warnings} lang={lang} />
      {reviewedNote ? (
        <Typography.Paragraph type="warning" style={{ marginTop: -12 }}>
          {reviewedNote}
        </Typography.Paragraph>
      ) : null}
      {description ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: -12, fontSize: 13 }}>
          {description}
        </Typography.Paragraph>
      ) : null}
      {readOnly ? (
        entry.evidence ? (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
            <Typography.Text type="secondary">{t('assessment.field.evidenceLabel')}</Typography.Text>
            {entry.evidence}
          </Typography.Paragraph>
        ) : null
      ) : (
        <Form.Item label={t('assessment.field.evidence')} htmlFor={evidenceId} style={{ marginBottom: 8 }}>
          <Input.TextArea
            id={evidenceId}
            value={entry.evidence}
            onChange={(e) => onEdit(spec.code, { evidence: e.target.value })}
            placeholder={t('assessment.field.evidencePlaceholder')}
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={TEXT_LIMITS.indicatorEvidence}
          />
        </Form.Item>
      )}
      {evidence ? (
        <EvidenceUploader
          assessmentId={evidence.assessmentId}
          indicatorCode={spec.code}
          files={evidence.files}
          editable={!readOnly}
          requirement={evidence.requirement}
          requested={evidence.requested}
          onChanged={evidence.onChanged}
        />
      ) : null}
    </section>
  );
});

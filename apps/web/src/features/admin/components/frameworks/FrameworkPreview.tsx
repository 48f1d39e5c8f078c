import { SECTOR_LABELS, SECTORS, type Framework, type Sector } from '@pathboard/scoring';
import { Alert, Card, Col, Form, Row, Select, Statistic, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { previewDraft, type PreviewScore } from '../../model/framework-preview';

interface Props {
  base: Framework;
  draft: Framework;
  /** The draft passed the framework validator (only a valid framework is scored). */
  valid: boolean;
  lang: 'zh' | 'en';
}

/**
 * A sample branch scored in the browser by libs/scoring under the base version and under the
 * draft, so the author sees what an edit does to a total and a grade before saving.
 */
export function FrameworkPreview({ base, draft, valid, lang }: Props) {
  const { t } = useTranslation();
  const [sector, setSector] = useState<Sector>('COMMUNITY');
  const preview = useMemo(() => {
    try {
      return previewDraft(base, draft, valid, sector);
    } catch {
      // A draft the validator passed but the engine cannot compile: say so rather than crash.
      return { before: previewDraft(base, base, false, sector).before, after: null };
    }
  }, [base, draft, valid, sector]);
  const show = (title: string, score: PreviewScore | null, testId: string) => (
    <Col span={12}>
      <Statistic
        data-testid={testId}
        title={title}
        value={score ? score.total.toFixed(2) : '—'}
        suffix={score ? score.grade.name[lang] : undefined}
      />
    </Col>
  );
  const delta = preview.after ? +(preview.after.total - preview.before.total).toFixed(2) : null;
  return (
    <Card size="small" title={t('admin.frameworks.editor.preview')} style={{ marginBottom: 12 }}>
      <Typography.Paragraph type="secondary">
        {t('admin.frameworks.editor.previewHint', { sector: SECTOR_LABELS[sector][lang] })}
      </Typography.Paragraph>
      <Form.Item label={t('admin.frameworks.editor.previewSector')} style={{ marginBottom: 8 }}>
        <Select
          aria-label={t('admin.frameworks.editor.previewSector')}
          style={{ width: 200 }}
          value={sector}
          onChange={setSector}
          options={SECTORS.map((s) => ({ value: s, label: SECTOR_LABELS[s][lang] }))}
        />
      </Form.Item>
      <Row gutter={16}>
        {show(t('admin.frameworks.editor.before'), preview.before, 'preview-before')}
        {show(
          delta === null || delta === 0
            ? t('admin.frameworks.editor.after')
            : t('admin.frameworks.editor.afterDelta', { delta: `${delta > 0 ? '+' : ''}${delta}` }),
          preview.after,
          'preview-after',
        )}
      </Row>
      {!valid && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          message={t('admin.frameworks.editor.previewBlocked')}
        />
      )}
    </Card>
  );
}

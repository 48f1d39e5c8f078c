import { CheckCircleOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import type { GradeRef } from '@pathboard/scoring';
import { Button, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatScore } from '../../formatting';
import { useAppLanguage } from '../../i18n/use-app-language';
import { GradeTag } from './AssessmentTags';

interface Props {
  dirtyCount: number;
  total: number;
  grade: GradeRef;
  /** Replaces the "unsaved / all saved" words (the review saves only with its decision). */
  statusText?: ReactNode;
  /** The primary actions (save, submit, approve…), rightmost last. */
  children: ReactNode;
  /** More of the live summary after the grade (the self-assessment: answered count, next unfilled). */
  summaryExtra?: ReactNode;
}

/**
 * A bar that stays at the bottom of the window: whether everything is saved, the live total (so a
 * tablet user sees it without scrolling to the preview), and the actions.
 */
export function FormActions({ dirtyCount, total, grade, statusText, children, summaryExtra }: Props) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  return (
    <div
      role="toolbar"
      style={{
        position: 'sticky',
        bottom: 0,
        zIndex: 10,
        background: '#fff',
        borderTop: '1px solid #f0f0f0',
        padding: '12px 16px',
        boxShadow: '0 -2px 8px rgba(0,0,0,0.06)',
      }}
    >
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Space wrap>
          {statusText !== undefined ? (
            statusText
          ) : dirtyCount > 0 ? (
            <Typography.Text type="warning">
              {t('assessment.actions.unsavedCount', { count: dirtyCount })}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">
              <CheckCircleOutlined /> {t('assessment.actions.allSaved')}
            </Typography.Text>
          )}
          <Typography.Text>
            {t('assessment.preview.total')}{' '}
            <Typography.Text strong>{formatScore(total, language)}</Typography.Text>
          </Typography.Text>
          <GradeTag grade={grade} />
          {summaryExtra}
        </Space>
        <Space wrap>{children}</Space>
      </Space>
    </div>
  );
}

export function SaveButton({
  onClick,
  loading,
  disabled,
}: {
  onClick: () => void;
  loading: boolean;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Button icon={<SaveOutlined />} onClick={onClick} loading={loading} disabled={disabled}>
      {t('assessment.actions.save')}
    </Button>
  );
}

export function SubmitButton({
  onClick,
  loading,
  disabled,
}: {
  onClick: () => void;
  loading: boolean;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Button type="primary" icon={<SendOutlined />} onClick={onClick} loading={loading} disabled={disabled}>
      {t('assessment.actions.submit')}
    </Button>
  );
}

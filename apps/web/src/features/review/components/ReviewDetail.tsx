import { ArrowLeftOutlined } from '@ant-design/icons';
import { Empty, Result, Space, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { formatDateTime, formatPeriod } from '../../../shared/formatting';
import { AssessmentStatusTag, SectorText } from '../../../shared/assessment-form/components/AssessmentTags';
import { LoadError, ScreenSkeleton } from '../../../shared/assessment-form/components/ScreenStates';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { useAssessment } from '../../../shared/assessment-form/hooks/useAssessment';
import { useFrameworkDefinition } from '../../../shared/assessment-form/hooks/useFrameworkDefinition';
import { indicatorChoices, RectificationPanel, type PendingRectification } from '../../rectification';
import { ReviewWorkspace } from './ReviewWorkspace';

interface ConfirmedItems {
  assessmentId: string;
  items: readonly PendingRectification[];
}

// One empty list for every render: the workspace's local draft is rewritten when its items change.
const NO_ITEMS: readonly PendingRectification[] = [];

/** /review/:branchId?period=2026Q4 — loads the assessment and its framework, then the workspace. */
export function ReviewDetail() {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const { branchId } = useParams();
  const [params] = useSearchParams();
  const period = params.get('period');
  const { assessment, loading, error, refetch } = useAssessment(branchId, period);
  // 整改事项 the reviewer confirmed; sent with approve/return (one transaction with the decision).
  // Tagged with their assessment: this screen stays mounted when another branch's review opens,
  // and the items must neither show there nor be written into that assessment's local draft.
  const [confirmed, setConfirmed] = useState<ConfirmedItems | null>(null);
  const assessmentId = assessment?.id;
  const pending = confirmed && confirmed.assessmentId === assessmentId ? confirmed.items : NO_ITEMS;
  const setPending = useCallback(
    (items: PendingRectification[]) => {
      if (assessmentId) setConfirmed({ assessmentId, items });
    },
    [assessmentId],
  );
  const deciding = assessment?.status === 'SUBMITTED' && assessment.periodStatus === 'OPEN';
  const frameworkQuery = useFrameworkDefinition(assessment?.frameworkId);
  const indicators = useMemo(
    () => (frameworkQuery.framework ? indicatorChoices(frameworkQuery.framework) : []),
    [frameworkQuery.framework],
  );
  const back = (
    <Link to={period ? `/review?period=${period}` : '/review'}>
      <ArrowLeftOutlined /> {t('review.detail.back')}
    </Link>
  );

  const body = () => {
    if (!period) return <Empty description={t('assessment.empty.noAssessment')} />;
    if (loading || frameworkQuery.loading) return <ScreenSkeleton />;
    if (!assessment)
      return error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : (
        <Empty description={t('assessment.empty.noAssessment')} />
      );
    if (frameworkQuery.error && !frameworkQuery.framework)
      return <LoadError error={frameworkQuery.error} onRetry={() => void frameworkQuery.refetch()} />;
    if (!frameworkQuery.framework)
      return <Result status="error" title={t('assessment.empty.frameworkBroken')} />;
    return (
      <ReviewWorkspace
        key={assessment.id}
        assessment={assessment}
        framework={frameworkQuery.framework}
        rectifications={deciding ? pending : undefined}
        onRectificationsChange={deciding ? setPending : undefined}
      />
    );
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {back}
      {assessment ? (
        <Space wrap align="center">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('review.detail.title', { branch: assessment.branch?.name ?? '' })}
          </Typography.Title>
          <AssessmentStatusTag status={assessment.status} />
          <Typography.Text type="secondary">
            {formatPeriod(assessment.periodCode, language)} ·{' '}
            <SectorText sector={assessment.branch?.sector} /> ·{' '}
            {formatDateTime(assessment.submittedAt, language)}
          </Typography.Text>
        </Space>
      ) : null}
      {body()}
      {assessment ? (
        <RectificationPanel
          indicators={indicators}
          assessmentId={assessment.id}
          branchId={assessment.branchId}
          period={assessment.periodCode}
          pending={deciding ? pending : undefined}
          onPendingChange={deciding ? setPending : undefined}
        />
      ) : null}
    </Space>
  );
}

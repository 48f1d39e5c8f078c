import { Empty, Result, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth';
import { formatPeriod } from '../../shared/formatting';
import { AssessmentStatusTag } from '../../shared/assessment-form/components/AssessmentTags';
import { PeriodSelect } from '../../shared/components/PeriodSelect';
import { LoadError, ScreenSkeleton } from '../../shared/assessment-form/components/ScreenStates';
import { SelfAssessmentForm } from './components/SelfAssessmentForm';
import { AssessmentDeadline } from './components/AssessmentDeadline';
import { CLOSED_UNSUBMITTED, closedUnsubmitted } from './components/StatusNotice';
import { useAppLanguage } from '../../shared/i18n/use-app-language';
import { useAssessment } from '../../shared/assessment-form/hooks/useAssessment';
import { previousQuarter } from './form/form-navigation';
import { useCheckContext, useValueChecks } from '../../shared/quality/use-quality';
import { useFrameworkDefinition } from '../../shared/assessment-form/hooks/useFrameworkDefinition';
import {
  defaultEditablePeriod,
  usePeriodParam,
  usePeriods,
} from '../../shared/assessment-form/hooks/usePeriods';

/** /self-assessment?period=2026Q4 — the signed-in branch's self-assessment of a quarter. */
export default function SelfAssessmentScreen() {
  const { t } = useTranslation();
  const { language, lang } = useAppLanguage();
  const { session } = useSession();
  const branchId = session?.user.scopeUnit?.id ?? null;
  const periodsQuery = usePeriods();
  const { periods } = periodsQuery;
  const [period, setPeriod] = usePeriodParam(periods, defaultEditablePeriod(periods));
  const assessmentQuery = useAssessment(branchId, period);
  const { assessment } = assessmentQuery;
  const frameworkQuery = useFrameworkDefinition(assessment?.frameworkId);
  // Last quarter's values beside each input: a reference, so its absence or failure blocks nothing.
  const previousPeriod = period ? previousQuarter(period) : null;
  const previousQuery = useAssessment(
    branchId,
    previousPeriod && periods.some((p) => p.code === previousPeriod) ? previousPeriod : null,
  );

  // The data checks' previous-quarter and peer values: without them the form checks rules and ranges only.
  const checkContext = useCheckContext(useValueChecks(assessment ? branchId : null, period).checks);

  const header = (
    <Space wrap align="center" style={{ width: '100%', justifyContent: 'space-between' }}>
      <Space wrap align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {period
            ? t('assessment.pageTitle', { period: formatPeriod(period, language) })
            : t('assessment.title')}
        </Typography.Title>
        {/* A quarter closed mid-draft is no longer 填报中: said for what it is. */}
        {assessment && closedUnsubmitted(assessment) ? (
          <Tag color="warning" data-testid="closed-unsubmitted">
            {CLOSED_UNSUBMITTED.tag[lang]}
          </Tag>
        ) : assessment ? (
          <AssessmentStatusTag status={assessment.status} />
        ) : null}
        {assessment ? (
          <AssessmentDeadline
            deadline={assessment.deadline}
            quarterDeadline={periods.find((p) => p.code === period)?.deadline}
          />
        ) : null}
      </Space>
      {periods.length > 0 ? <PeriodSelect periods={periods} value={period} onChange={setPeriod} /> : null}
    </Space>
  );

  const body = () => {
    if (!branchId) return <Result status="warning" title={t('assessment.empty.noBranch')} />;
    if (periodsQuery.loading) return <ScreenSkeleton />;
    if (periodsQuery.error && periods.length === 0)
      return <LoadError error={periodsQuery.error} onRetry={() => void periodsQuery.refetch()} />;
    if (!period) return <Empty description={t('assessment.empty.noPeriods')} />;
    if (assessmentQuery.loading || frameworkQuery.loading) return <ScreenSkeleton />;
    if (!assessment) {
      return assessmentQuery.error ? (
        <LoadError error={assessmentQuery.error} onRetry={() => void assessmentQuery.refetch()} />
      ) : (
        <Empty description={t('assessment.empty.noAssessment')} />
      );
    }
    if (frameworkQuery.error && !frameworkQuery.framework)
      return <LoadError error={frameworkQuery.error} onRetry={() => void frameworkQuery.refetch()} />;
    if (!frameworkQuery.framework)
      return <Result status="error" title={t('assessment.empty.frameworkBroken')} />;
    return (
      <SelfAssessmentForm
        key={assessment.id}
        assessment={assessment}
        framework={frameworkQuery.framework}
        previousValues={previousQuery.assessment?.values}
        checkContext={checkContext}
      />
    );
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {header}
      {body()}
    </Space>
  );
}

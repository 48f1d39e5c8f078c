import { Alert, Button, Col, Empty, Result, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDescribeError } from '../../../shared/errors';
import { formatPeriod } from '../../../shared/formatting';
import { AssessmentStatusTag, SectorText } from '../../../shared/assessment-form/components/AssessmentTags';
import { PeriodSelect } from '../../../shared/components/PeriodSelect';
import { LoadError, ScreenSkeleton } from '../../../shared/assessment-form/components/ScreenStates';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { usePeriodParam, usePeriods } from '../../../shared/assessment-form/hooks/usePeriods';
import { useBranchQuarter, useBranchTrend, useFrameworkGrades } from '../hooks/useBranchData';
import { latestScoredPeriod } from '../logic/branch-insights';
import { PathRadarCard, TrendCard } from './BranchCharts';
import { CurrentQuarterNotice } from './CurrentQuarterNotice';
import { PeerStandingCard } from './PeerStandingCard';
import { ScoreSummary } from './ScoreSummary';
import { SelfOfficialGapCard } from './SelfOfficialGapCard';
import { WeakestIndicatorsCard } from './WeakestIndicatorsCard';
import { BranchReportButton } from '../../reports';
import { AnnualItemsCard, BranchAnnualCard, type AnnualItemsMode } from '../../annual';
import { useSession } from '../../auth';
import { InflationCard } from './InflationCard';

/** What the API answers for a branch that is missing or out of scope. */
const MISSING_BRANCH = {
  graphQLErrors: [{ message: 'OrgUnit not found', extensions: { code: 'NOT_FOUND' } }],
};

type GraphQLErrorsLike =
  { graphQLErrors?: { extensions?: { code?: unknown; field?: unknown } }[] } | undefined;

/** The API refused the id itself (`branchId must be a UUID`): for the reader a missing branch. */
const isMalformedId = (error: unknown) =>
  (error as GraphQLErrorsLike)?.graphQLErrors?.some(
    (e) => e.extensions?.code === 'BAD_USER_INPUT' && e.extensions?.field === 'branchId',
  ) ?? false;

/**
 * A refusal in words and nothing else: a branch user asking for another branch sees no figure of it.
 * Without an error (the route's id is no branch id at all) it is worded as a missing branch.
 */
export function BranchRefusal({ error = MISSING_BRANCH }: { error?: unknown }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  return (
    <Result
      status="403"
      title={t('branch.refused')}
      subTitle={describe(isMalformedId(error) ? MISSING_BRANCH : error).message}
      extra={
        <Link to="/">
          <Button type="primary">{t('pages.backHome')}</Button>
        </Link>
      }
    />
  );
}

/**
 * The API answers a branch out of scope exactly as a missing one (NOT_FOUND); both are a refusal
 * here, and so is an id the API refused as malformed (BranchScreen checks its shape first).
 */
const isForbidden = (error: unknown) =>
  ((error as GraphQLErrorsLike)?.graphQLErrors?.some(
    (e) => e.extensions?.code === 'FORBIDDEN' || e.extensions?.code === 'NOT_FOUND',
  ) ??
    false) ||
  isMalformedId(error);

/**
 * One branch's quarter: total, grade, veto, completeness; paths against the previous quarter;
 * trend; rank and percentile among peers; the weakest indicators; self score against official.
 * `ownBranch`: the signed-in branch looks at itself (it gets a way to its self-assessment).
 */
export function BranchDashboard({ branchId, ownBranch }: { branchId: string; ownBranch: boolean }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const { session } = useSession();
  const role = session?.user.role;
  const annualMode: AnnualItemsMode = ownBranch
    ? 'branch'
    : role === 'ADMIN' || role === 'REVIEWER'
      ? 'review'
      : 'read';
  const periodsQuery = usePeriods();
  const { periods } = periodsQuery;
  const newest = periods[0]?.code ?? null;
  const trend = useBranchTrend(branchId, newest);
  const [period, setPeriod] = usePeriodParam(periods, latestScoredPeriod(trend.points) ?? newest);
  const quarter = useBranchQuarter(branchId, trend.loaded || trend.error ? period : null);
  const assessment = quarter.data?.assessment ?? null;
  const grades = useFrameworkGrades(assessment?.frameworkId);

  if (isForbidden(trend.error) || isForbidden(quarter.error))
    return <BranchRefusal error={trend.error ?? quarter.error} />;
  if (periodsQuery.loading || trend.loading) return <ScreenSkeleton />;
  if (periodsQuery.error && periods.length === 0)
    return <LoadError error={periodsQuery.error} onRetry={() => void periodsQuery.refetch()} />;
  if (!period) return <Empty description={t('assessment.empty.noPeriods')} />;

  const official = assessment?.officialScore ?? null;
  const body = () => {
    if (quarter.loading) return <ScreenSkeleton />;
    if (!quarter.data)
      return quarter.error ? (
        <LoadError error={quarter.error} onRetry={() => void quarter.refetch()} />
      ) : (
        <Empty description={t('branch.notScored')} />
      );
    if (!assessment || !official) return <Empty description={t('branch.notScored')} />;
    const standing = quarter.data.peerStanding;
    return (
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {assessment.status !== 'APPROVED' ? (
          <Alert
            type="warning"
            showIcon
            message={t('branch.provisional', { status: t(`assessment.status.${assessment.status}`) })}
          />
        ) : null}
        <ScoreSummary score={official} status={assessment.status} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <PathRadarCard
              paths={official.paths}
              trend={trend.points}
              period={period}
              sameParent={standing.sameParent}
              ownTotal={standing.total}
            />
          </Col>
          <Col xs={24} xl={12}>
            <TrendCard trend={trend.points} grades={grades} annual={annualRange(branchId, periods)} />
          </Col>
          <Col xs={24} xl={12}>
            <PeerStandingCard
              sameParent={standing.sameParent}
              sameSector={standing.sameSector}
              sector={standing.sector ?? assessment.branch?.sector}
              status={assessment.status}
            />
          </Col>
          <Col xs={24} xl={12}>
            <SelfOfficialGapCard
              self={assessment.selfScore ?? null}
              official={official}
              gap={assessment.gap ?? null}
              status={assessment.status}
            />
          </Col>
          <Col xs={24} xl={12}>
            <InflationCard branchId={branchId} period={period} />
          </Col>
          <Col span={24}>
            <WeakestIndicatorsCard paths={official.paths} />
          </Col>
        </Row>
      </Space>
    );
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap align="center" style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space wrap align="center">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {assessment?.branch?.name ?? t('branch.title')}
          </Typography.Title>
          {assessment ? <AssessmentStatusTag status={assessment.status} /> : null}
          {assessment?.branch ? (
            <Typography.Text type="secondary">
              {assessment.branch.code} · <SectorText sector={assessment.branch.sector} /> ·{' '}
              {formatPeriod(period, language)}
            </Typography.Text>
          ) : null}
        </Space>
        <Space wrap>
          {assessment?.branch ? (
            <BranchReportButton branchId={branchId} branchName={assessment.branch.name} period={period} />
          ) : null}
          <PeriodSelect periods={periods} value={period} onChange={setPeriod} />
        </Space>
      </Space>
      {ownBranch ? <CurrentQuarterNotice branchId={branchId} periods={periods} /> : null}
      {/* The year of the quarter shown: its annual grade so far (provisional until its last quarter closes). */}
      <BranchAnnualCard
        branchId={branchId}
        branchName={assessment?.branch?.name ?? ''}
        year={Number(period.slice(0, 4))}
      />
      {/* The year's annual-only items: the branch enters them, a reviewer decides (hidden without any). */}
      <AnnualItemsCard branchId={branchId} year={Number(period.slice(0, 4))} mode={annualMode} />
      {body()}
    </Space>
  );
}

/** The years of the district's quarters (at most the last ten), for the trend's year option. */
function annualRange(branchId: string, periods: readonly { code: string }[]) {
  if (periods.length === 0) return undefined;
  const years = periods.map((p) => Number(p.code.slice(0, 4)));
  const toYear = Math.max(...years);
  return { branchId, fromYear: Math.max(Math.min(...years), toYear - 9), toYear };
}

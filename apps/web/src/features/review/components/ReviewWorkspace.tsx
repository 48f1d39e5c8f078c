import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { type Framework, type IndicatorScore, type ScoreResult, scoreAssessment } from '@pathboard/scoring';
import { Alert, App, Button, Card, Col, Form, Row, Space, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { type UserFacingError, useDescribeError } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/formatting';
import { ConflictNotice } from '../../../shared/assessment-form/components/ConflictNotice';
import { FailureAlert, scrollToIndicator } from '../../../shared/assessment-form/components/FailureAlert';
import { useSession } from '../../auth';
import { FormActions } from '../../../shared/assessment-form/components/FormActions';
import { ReopenAssessment } from './ReopenAssessment';
import { PathSection } from '../../../shared/assessment-form/components/PathSection';
import { ScorePreviewCard } from '../../../shared/assessment-form/components/ScorePreviewCard';
import { StatusHistory } from '../../../shared/assessment-form/components/StatusHistory';
import { hasIssues, validateForm } from '../../../shared/assessment-form/form/form-validation';
import { applicableFields, valuesFromFormState } from '../../../shared/assessment-form/form/form-values';
import { formStateOf, previewScore } from '../../../shared/assessment-form/form/score-preview';
import { type AssessmentData, asSector } from '../../../shared/assessment-form/hooks/useAssessment';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { useEntriesEditor } from '../../../shared/assessment-form/hooks/useEntriesEditor';
import { selfEntries } from '../../../shared/assessment-form/hooks/useSelfAssessmentActions';
import type { PendingRectification } from '../../rectification';
import { type DecidedElsewhere, useReviewDecision } from '../hooks/useReviewDecision';
import { useReviewWork } from '../hooks/useReviewWork';
import { reviewEntries, reviewRows, selfFormValue, unexplainedAdjustments } from '../logic/review-diff';
import { DecidedElsewhereNotice } from './DecidedElsewhereNotice';
import { ReturnDialog } from './ReturnDialog';
import { ReviewChecks } from './ReviewChecks';
import { ReviewIndicatorRow } from './ReviewIndicatorRow';
import { ReviewSummaryCard } from './ReviewSummaryCard';
import { EvidenceArchiveButton, useAssessmentEvidence } from '../../evidence';

// One empty list for every render: the local draft is rewritten whenever its notes change identity.
const NO_ITEMS: readonly PendingRectification[] = [];

const byCode = (result: ScoreResult | null) =>
  new Map<string, IndicatorScore>((result?.paths ?? []).flatMap((p) => p.indicators.map((i) => [i.code, i])));

/** One submitted assessment under review: compare, adjust, approve or return. */
export function ReviewWorkspace({
  assessment: loaded,
  framework,
  rectifications = NO_ITEMS,
  onRectificationsChange,
}: {
  assessment: AssessmentData;
  framework: Framework;
  /** 整改事项 confirmed in the panel, opened with the decision (and kept in the local draft). */
  rectifications?: readonly PendingRectification[];
  /** How the workspace puts back the items of a restored draft, or empties them. */
  onRectificationsChange?: (items: PendingRectification[]) => void;
}) {
  const { t } = useTranslation();
  const { lang, language } = useAppLanguage();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const { session } = useSession();
  // Set when a decision failed because someone else decided first: nothing here can be sent any more.
  const [decided, setDecided] = useState<DecidedElsewhere | null>(null);
  // The newest the screen knows: the refetch after that failure updates the cache, so the loaded
  // assessment normally catches up at once; until it does, the refetched one is shown.
  const assessment = decided && decided.assessment.version > loaded.version ? decided.assessment : loaded;
  const sector = asSector(assessment.branch?.sector);
  const groups = useMemo(() => applicableFields(framework, sector), [framework, sector]);
  const specs = useMemo(() => groups.flatMap((g) => g.fields), [groups]);
  const source = useMemo(
    () => ({
      key: assessment.id,
      entries: reviewEntries(specs, assessment.values),
      version: assessment.version,
    }),
    [assessment, specs],
  );
  const editor = useEntriesEditor(specs, source);
  const readOnly =
    decided !== null || assessment.status !== 'SUBMITTED' || assessment.periodStatus !== 'OPEN';
  // Read-only shows the saved figures: never adjustments typed before someone else decided.
  const entries = readOnly ? source.entries : editor.state.entries;
  const merge = readOnly ? null : editor.state.merge;
  const work = useReviewWork({
    assessment,
    editor,
    readOnly,
    rectifications,
    onRectificationsChange,
  });
  const { reasons } = work;

  const issues = useMemo(
    () => validateForm(framework, formStateOf(entries), { sector, lang, t }),
    [framework, entries, sector, lang, t],
  );
  const official = useMemo(
    () => previewScore(framework, entries, issues, sector),
    [framework, entries, issues, sector],
  );
  const selfResult = useMemo(() => {
    try {
      return scoreAssessment(
        framework,
        valuesFromFormState(framework, formStateOf(selfEntries(specs, assessment)), sector),
        { sector },
      );
    } catch {
      return null; // stored values are valid; if not, the rows simply show no self reasons
    }
  }, [assessment, framework, sector, specs]);
  const selfScores = useMemo(() => byCode(selfResult), [selfResult]);
  const officialScores = useMemo(() => byCode(official.result), [official.result]);
  const rows = useMemo(
    () => new Map(reviewRows(specs, assessment.values, entries).map((r) => [r.spec.code, r])),
    [specs, assessment.values, entries],
  );
  const adjustedCount = [...rows.values()].filter((r) => r.adjusted).length;
  const [reasonsAsked, setReasonsAsked] = useState(false);

  const names = useMemo(() => new Map(specs.map((s) => [s.code, s.name])), [specs]);
  const indicatorName = useCallback((code: string) => names.get(code)?.[lang], [names, lang]);
  const gradeName = useCallback(
    (code: string) => framework.grades.find((g) => g.code === code)?.name[lang],
    [framework, lang],
  );
  const describe = useDescribeError({ indicatorName });
  const { decide, deciding } = useReviewDecision({
    assessment,
    specs,
    editor,
    reasons,
    describe,
    rectifications,
  });
  const [failure, setFailure] = useState<UserFacingError | null>(null);
  const [returning, setReturning] = useState(false);
  const evidence = useAssessmentEvidence(assessment.branchId, assessment.periodCode);
  const branchName = assessment.branch?.name ?? '';

  const blockedByIssues = () => {
    if (hasIssues(issues)) {
      const bad = specs.filter((s) => issues[s.code]?.length);
      void message.error(t('review.decision.fixFirst', { count: bad.length }));
      scrollToIndicator(bad[0]?.code);
      return true;
    }
    const unexplained = unexplainedAdjustments([...rows.values()], reasons);
    if (!unexplained.length) return false;
    setReasonsAsked(true);
    void message.error(t('review.decision.reasonFirst', { count: unexplained.length }));
    scrollToIndicator(unexplained[0].spec.code);
    return true;
  };

  const finish = (outcome: Awaited<ReturnType<typeof decide>>, doneKey: string) => {
    setFailure(outcome.ok ? null : outcome.error);
    if (!outcome.ok) {
      if (outcome.decidedElsewhere) {
        setDecided(outcome.decidedElsewhere);
        work.resetNotes(outcome.decidedElsewhere.assessment.values);
      }
      return false;
    }
    work.done();
    void message.success(t(doneKey, { branch: branchName }));
    navigate(`/review?period=${assessment.periodCode}`);
    return true;
  };

  const onApprove = () => {
    if (blockedByIssues()) return;
    modal.confirm({
      title: t('review.decision.approveTitle'),
      content: (
        <Space direction="vertical">
          <span>{t('review.decision.approveBody')}</span>
          {adjustedCount > 0 ? (
            <span>{t('review.decision.approveAdjusted', { count: adjustedCount })}</span>
          ) : null}
          {rectifications.length ? (
            <span>{t('review.decision.withRectifications', { count: rectifications.length })}</span>
          ) : null}
        </Space>
      ),
      okText: t('review.decision.approve'),
      cancelText: t('common.cancel'),
      onOk: async () => void finish(await decide('APPROVE'), 'review.decision.approved'),
    });
  };

  // On failure the dialog closes so the reason (or the conflict notice) shows; the comment is kept.
  const onReturn = async (comment: string) => {
    const done = finish(await decide('RETURN', comment, work.evidenceRequested), 'review.decision.returned');
    setReturning(false);
    if (!done) window.scrollTo?.({ top: 0, behavior: 'smooth' });
  };

  if (!editor.ready) return null;
  const reopen = session?.user.role === 'ADMIN' ? <ReopenAssessment assessment={assessment} /> : undefined;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      {decided ? <DecidedElsewhereNotice decided={decided} action={reopen} /> : null}
      {readOnly && !decided ? (
        <Alert
          type="info"
          showIcon
          message={t('review.detail.readOnly', { status: t(`assessment.status.${assessment.status}`) })}
          action={reopen}
        />
      ) : null}
      {readOnly ? null : <Alert type="info" message={t('review.detail.intro')} />}
      {work.restoredFrom ? (
        <Alert
          type="success"
          showIcon
          message={t(
            rectifications.length ? 'review.draft.restoredWithRectifications' : 'review.draft.restored',
            { date: formatDateTime(work.restoredFrom, language), count: rectifications.length },
          )}
          action={
            <Button size="small" onClick={work.discard}>
              {t('assessment.draft.discard')}
            </Button>
          }
        />
      ) : null}
      {merge ? (
        <ConflictNotice
          merge={merge}
          specs={specs}
          framework={framework}
          lang={lang}
          onTakeTheirs={editor.takeTheirs}
          onDismiss={editor.dismissConflict}
          title={t('review.conflict.title')}
          body={t('review.conflict.body')}
          showEvidence={false}
        />
      ) : null}
      <FailureAlert failure={failure} onClose={() => setFailure(null)} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={17}>
          <Form layout="vertical" component="div">
            <Space direction="vertical" size="middle" style={{ width: '100%' }}>
              {groups.map((group) => (
                <PathSection
                  key={group.pathCode}
                  path={framework.paths.find((p) => p.code === group.pathCode)!}
                >
                  {group.fields.map((spec) => (
                    <ReviewIndicatorRow
                      key={spec.code}
                      row={rows.get(spec.code)!}
                      framework={framework}
                      entry={entries[spec.code]}
                      selfValue={selfFormValue(spec, assessment.values)}
                      selfScore={selfScores.get(spec.code)}
                      officialScore={officialScores.get(spec.code)}
                      issues={issues[spec.code]}
                      lang={lang}
                      gradeName={gradeName}
                      readOnly={readOnly}
                      fromServer={merge?.takenFromServer.includes(spec.code)}
                      onEdit={editor.edit}
                      reason={reasons[spec.code] ?? ''}
                      reasonMissing={reasonsAsked}
                      onReasonChange={work.onReasonChange}
                      evidenceFiles={evidence.byIndicator.get(spec.code)}
                    />
                  ))}
                </PathSection>
              ))}
            </Space>
          </Form>
        </Col>
        <Col xs={24} xl={7}>
          <Space direction="vertical" size="middle" style={{ width: '100%', position: 'sticky', top: 16 }}>
            <ReviewChecks
              branchId={assessment.branchId}
              period={assessment.periodCode}
              framework={framework}
            />
            <ReviewSummaryCard
              selfTotal={selfResult?.total ?? assessment.selfScore?.total ?? null}
              officialTotal={official.result.total}
              adjustedCount={adjustedCount}
            />
            <ScorePreviewCard
              result={official.result}
              skipped={official.skipped.length}
              title={t('review.detail.officialTotal')}
            />
            <Card title={t('evidence.title')} size="small">
              <Space direction="vertical">
                <Typography.Text type="secondary">
                  {t('evidence.count', { count: evidence.files.length })}
                </Typography.Text>
                <EvidenceArchiveButton
                  assessmentId={assessment.id}
                  branchName={branchName}
                  period={assessment.periodCode}
                  disabled={!evidence.files.length}
                />
              </Space>
            </Card>
            <Card title={t('assessment.history.title')} size="small">
              <StatusHistory history={assessment.history} />
            </Card>
          </Space>
        </Col>
      </Row>
      {readOnly ? null : (
        <FormActions
          dirtyCount={0}
          total={official.result.total}
          grade={official.result.grade}
          statusText={
            <Typography.Text>{t('review.detail.adjustedCount', { count: adjustedCount })}</Typography.Text>
          }
        >
          <Button
            danger
            icon={<RollbackOutlined />}
            onClick={() => blockedByIssues() || setReturning(true)}
            disabled={deciding}
          >
            {t('review.decision.return')}
          </Button>
          <Button
            type="primary"
            icon={<CheckOutlined />}
            onClick={onApprove}
            loading={deciding && !returning}
          >
            {t('review.decision.approve')}
          </Button>
        </FormActions>
      )}
      <ReturnDialog
        open={returning}
        comment={work.comment}
        onCommentChange={work.setComment}
        onCancel={() => setReturning(false)}
        onReturn={onReturn}
        confirmLoading={deciding}
        indicators={specs.map((s) => ({ code: s.code, name: s.name[lang] }))}
        evidenceRequested={work.evidenceRequested}
        onEvidenceRequestedChange={work.setEvidenceRequested}
      />
    </div>
  );
}

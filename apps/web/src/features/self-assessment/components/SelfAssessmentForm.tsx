import { describeInput, type Framework, type IndicatorInput, type ValueMap } from '@pathboard/scoring';
import { Alert, App, Button, Card, Col, Form, Row, Space } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth';
import { type UserFacingError, useDescribeError } from '../../../shared/errors';
import { formatDateTime, formatScore } from '../../../shared/formatting';
import { hasIssues, validateForm } from '../../../shared/assessment-form/form/form-validation';
import { applicableFields, toFormValue } from '../../../shared/assessment-form/form/form-values';
import { sameValue } from '../../../shared/assessment-form/form/edit-session';
import { nextUnfilled, pathProgress, previousValueTexts, type StoredValue } from '../form/form-navigation';
import { formStateOf, previewScore } from '../../../shared/assessment-form/form/score-preview';
import {
  type AssessmentData,
  asSector,
  isEditable,
} from '../../../shared/assessment-form/hooks/useAssessment';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { useEntriesEditor } from '../../../shared/assessment-form/hooks/useEntriesEditor';
import { useLeaveGuard } from '../../../shared/assessment-form/hooks/useLeaveGuard';
import { useLocalDraft } from '../../../shared/assessment-form/hooks/useLocalDraft';
import {
  selfEntries,
  useSelfAssessmentActions,
} from '../../../shared/assessment-form/hooks/useSelfAssessmentActions';
import { ConflictNotice } from '../../../shared/assessment-form/components/ConflictNotice';
import { FailureAlert, scrollToIndicator } from '../../../shared/assessment-form/components/FailureAlert';
import {
  FormActions,
  SaveButton,
  SubmitButton,
} from '../../../shared/assessment-form/components/FormActions';
import { focusedIndicator, focusIndicator, NextUnfilledButton, PathJumpLinks } from './FormNavigation';
import { useOpenRectifications } from '../../rectification';
import { type EditorEvidence, IndicatorEditor } from './IndicatorEditor';
import { useAssessmentEvidence } from '../../evidence';
import { PathSection } from '../../../shared/assessment-form/components/PathSection';
import { ScorePreviewCard } from '../../../shared/assessment-form/components/ScorePreviewCard';
import { StatusHistory } from '../../../shared/assessment-form/components/StatusHistory';
import { latestReturn, StatusNotice } from './StatusNotice';
import { useValueFlags } from './ValueWarnings';

/**
 * The self-assessment of one quarter: every applicable indicator with its input and evidence,
 * validation beside each field, a live score, save with the optimistic lock and submit.
 */
export function SelfAssessmentForm({
  assessment,
  framework,
  previousValues,
  checkContext,
}: {
  assessment: AssessmentData;
  framework: Framework;
  /** The previous-quarter and peer values the data checks compare with (from the server). */
  checkContext?: { previous?: ValueMap; peers?: ValueMap[] };
  /** The branch's values of the quarter before, when it had one. */
  previousValues?: readonly StoredValue[];
}) {
  const { t } = useTranslation();
  const { lang, language } = useAppLanguage();
  const { modal, message } = App.useApp();
  const sector = asSector(assessment.branch?.sector);
  const groups = useMemo(() => applicableFields(framework, sector), [framework, sector]);
  const specs = useMemo(() => groups.flatMap((g) => g.fields), [groups]);
  const source = useMemo(
    () => ({ key: assessment.id, entries: selfEntries(specs, assessment), version: assessment.version }),
    [assessment, specs],
  );
  const editor = useEntriesEditor(specs, source);
  const { entries, merge } = editor.state;

  const issues = useMemo(
    () => validateForm(framework, formStateOf(entries), { sector, lang, t }),
    [framework, entries, sector, lang, t],
  );
  const preview = useMemo(
    () => previewScore(framework, entries, issues, sector),
    [framework, entries, issues, sector],
  );
  const warnings = useValueFlags(framework, entries, sector, checkContext);
  const openItemsOf = useOpenRectifications(assessment.branchId);
  const names = useMemo(() => new Map(specs.map((s) => [s.code, s.name])), [specs]);
  const indicatorName = useCallback((code: string) => names.get(code)?.[lang], [names, lang]);
  const gradeName = useCallback(
    (code: string) => framework.grades.find((g) => g.code === code)?.name[lang],
    [framework, lang],
  );
  const describe = useDescribeError({ indicatorName });
  const actions = useSelfAssessmentActions({ assessment, specs, editor, describe });
  const [failure, setFailure] = useState<UserFacingError | null>(null);
  const readOnly = !isEditable(assessment);
  // What the reviewer accepted where it differs from the branch's value: a returned branch sees what to look at.
  const reviewedNotes = useMemo(() => {
    const notes = new Map<string, string>();
    for (const v of assessment.values) {
      const spec = specs.find((s) => s.code === v.indicatorCode);
      if (!spec || v.reviewedValue === null || v.reviewedValue === undefined) continue;
      const reviewed = v.reviewedValue as IndicatorInput;
      if (sameValue(spec, toFormValue(spec, reviewed), toFormValue(spec, v.selfValue as IndicatorInput)))
        continue;
      const value = describeInput(framework, spec.code, reviewed)[lang];
      const reason = v.reviewReason?.trim();
      notes.set(
        spec.code,
        reason
          ? t('assessment.field.reviewedBecause', { value, reason })
          : t('assessment.field.reviewed', { value }),
      );
    }
    return notes;
  }, [assessment.values, framework, lang, specs, t]);
  const previousTexts = useMemo(
    () => previousValueTexts(framework, previousValues ?? [], lang),
    [framework, previousValues, lang],
  );
  // Values with a problem count as unanswered, as in the footer's 已填 (the preview's completeness).
  const invalid = useMemo(() => new Set(preview.skipped), [preview.skipped]);
  const progress = useMemo(() => pathProgress(groups, entries, invalid), [groups, entries, invalid]);
  const goToNextUnfilled = () => {
    const code = nextUnfilled(specs, entries, focusedIndicator(), invalid);
    if (code) focusIndicator(code);
  };
  // Only what the files section depends on: a refetched assessment object must not re-render every indicator.
  const { id: assessmentId, history } = assessment;
  const returned = assessment.status === 'RETURNED';
  const evidenceFiles = useAssessmentEvidence(assessment.branchId, assessment.periodCode);
  const refetchEvidence = evidenceFiles.refetch;
  const evidence = useMemo(() => {
    const requirements = new Map(
      framework.paths.flatMap((p) => p.indicators).map((i) => [i.code, i.evidence]),
    );
    const asked = new Set(returned ? (latestReturn(history)?.evidenceRequested ?? []) : []);
    return new Map<string, EditorEvidence>(
      specs.map((spec) => [
        spec.code,
        {
          assessmentId,
          files: evidenceFiles.byIndicator.get(spec.code) ?? [],
          requirement: requirements.get(spec.code),
          requested: asked.has(spec.code),
          onChanged: refetchEvidence,
        },
      ]),
    );
  }, [framework, assessmentId, returned, history, specs, evidenceFiles.byIndicator, refetchEvidence]);
  const descriptions = useMemo(
    () => new Map(framework.paths.flatMap((p) => p.indicators).map((i) => [i.code, i.description])),
    [framework],
  );

  const { session } = useSession();
  const draft = useLocalDraft({
    userId: session?.user.id,
    assessmentId: assessment.id,
    editor,
    editable: !readOnly,
  });
  useLeaveGuard(readOnly ? 0 : editor.dirtyCount);

  const blockedByIssues = (action: 'save' | 'submit') => {
    if (!hasIssues(issues)) return false;
    const bad = specs.filter((s) => issues[s.code]?.length);
    const key = action === 'save' ? 'assessment.actions.fixFirst' : 'assessment.actions.fixFirstSubmit';
    void message.error(t(key, { count: bad.length }));
    scrollToIndicator(bad[0]?.code);
    return true;
  };

  const onSave = async () => {
    if (blockedByIssues('save')) return;
    if (editor.dirtyCount === 0) return void message.info(t('assessment.actions.nothingToSave'));
    const outcome = await actions.save();
    setFailure(outcome.ok ? null : outcome.error);
    if (outcome.ok) void message.success(t('assessment.actions.saved'));
    else scrollToIndicator(outcome.error.field);
  };

  const onSubmit = () => {
    if (blockedByIssues('submit')) return;
    const { answered, applicable } = preview.result.completeness;
    modal.confirm({
      title: t('assessment.actions.confirmTitle'),
      content: (
        <Space direction="vertical">
          <span>{t('assessment.actions.confirmBody')}</span>
          {editor.dirtyCount > 0 ? (
            <span>{t('assessment.actions.confirmUnsaved', { count: editor.dirtyCount })}</span>
          ) : null}
          {applicable > answered ? (
            <strong>{t('assessment.actions.confirmMissing', { count: applicable - answered })}</strong>
          ) : null}
        </Space>
      ),
      okText: t('assessment.actions.confirmOk'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const outcome = await actions.submit();
        setFailure(outcome.ok ? null : outcome.error);
        if (outcome.ok) void message.success(t('assessment.actions.submittedOk'));
      },
    });
  };

  if (!editor.ready) return null;
  // A flex column, not antd Space: Space wraps each child in a box, which would pin the sticky action bar.
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <StatusNotice
        assessment={assessment}
        indicatorName={indicatorName}
        adjusted={[...reviewedNotes.keys()]}
      />
      {draft.restoredFrom && !readOnly ? (
        <Alert
          type="info"
          showIcon
          message={t('assessment.draft.restored', { date: formatDateTime(draft.restoredFrom, language) })}
          action={
            <Button size="small" onClick={editor.discardEdits}>
              {t('assessment.draft.discard')}
            </Button>
          }
        />
      ) : null}
      {merge && !readOnly ? (
        <ConflictNotice
          merge={merge}
          specs={specs}
          framework={framework}
          lang={lang}
          onTakeTheirs={editor.takeTheirs}
          onDismiss={editor.dismissConflict}
        />
      ) : null}
      <FailureAlert failure={failure} onClose={() => setFailure(null)} />
      {groups.length > 1 ? <PathJumpLinks framework={framework} progress={progress} lang={lang} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Form layout="vertical" component="div">
            <Space direction="vertical" size="middle" style={{ width: '100%' }}>
              {groups.map((group) => {
                const path = framework.paths.find((p) => p.code === group.pathCode)!;
                return (
                  <PathSection key={group.pathCode} path={path}>
                    {group.fields.map((spec) => (
                      <IndicatorEditor
                        key={spec.code}
                        spec={spec}
                        entry={entries[spec.code]}
                        onEdit={editor.edit}
                        issues={issues[spec.code]}
                        lang={lang}
                        gradeName={gradeName}
                        readOnly={readOnly}
                        unsaved={readOnly ? undefined : editor.changed[spec.code]}
                        fromServer={merge?.takenFromServer.includes(spec.code)}
                        description={descriptions.get(spec.code)?.[lang]}
                        reviewedNote={reviewedNotes.get(spec.code)}
                        warnings={warnings.get(spec.code)}
                        previousValue={previousTexts.get(spec.code)}
                        openItems={openItemsOf(spec.code)}
                        evidence={evidence.get(spec.code)}
                      />
                    ))}
                  </PathSection>
                );
              })}
            </Space>
          </Form>
        </Col>
        <Col xs={24} xl={8}>
          <Space direction="vertical" size="middle" style={{ width: '100%', position: 'sticky', top: 16 }}>
            <ScorePreviewCard
              result={preview.result}
              skipped={preview.skipped.length}
              // Adjusted by a reviewer: this card scores the branch's own values, so say so, and
              // give the total that counts (the home page's and the report's).
              title={reviewedNotes.size ? t('assessment.preview.titleOwn') : undefined}
              notice={
                reviewedNotes.size && assessment.officialScore
                  ? t('assessment.preview.official', {
                      total: formatScore(assessment.officialScore.total, language),
                      count: reviewedNotes.size,
                    })
                  : undefined
              }
            />
            <Card title={t('assessment.history.title')} size="small">
              <StatusHistory history={assessment.history} />
            </Card>
          </Space>
        </Col>
      </Row>
      {readOnly ? null : (
        <FormActions
          dirtyCount={editor.dirtyCount}
          total={preview.result.total}
          grade={preview.result.grade}
          summaryExtra={
            <NextUnfilledButton
              answered={preview.result.completeness.answered}
              applicable={preview.result.completeness.applicable}
              onClick={goToNextUnfilled}
            />
          }
        >
          <SaveButton onClick={() => void onSave()} loading={actions.saving} disabled={actions.submitting} />
          <SubmitButton onClick={onSubmit} loading={actions.submitting} disabled={actions.saving} />
        </FormActions>
      )}
    </div>
  );
}

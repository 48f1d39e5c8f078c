import { InboxOutlined } from '@ant-design/icons';
import { useLazyQuery } from '@apollo/client';
import type { Framework } from '@pathboard/scoring';
import { Alert, Button, Card, Col, Form, InputNumber, Row, Space, Statistic, Typography, Upload } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeriods } from '../../../../shared/assessment-form/hooks/usePeriods';
import { useFrameworkDefinition } from '../../../../shared/assessment-form/hooks/useFrameworkDefinition';
import { PeriodSelect } from '../../../../shared/components/PeriodSelect';
import { useDescribeError } from '../../../../shared/errors';
import { useAppLanguage } from '../../../../shared/i18n/use-app-language';
import { WHAT_IF } from '../../graphql/admin.operations';
import {
  checkFrameworkFile,
  issuesFromImportError,
  type FrameworkIssueRow,
} from '../../model/framework-file';
import { draftIssues } from '../../model/framework-draft';
import {
  applyEdits,
  changedParams,
  editsOf,
  weightSum,
  whatIfIssuesText,
  withParam,
  type DraftEdits,
} from '../../model/what-if-draft';
import { WhatIfParams } from './WhatIfParams';
import { WhatIfResults } from './WhatIfResults';

/**
 * What-if (docs/domain.md "What-if"): a past quarter under a draft framework, the period's own
 * framework with edited weights and grade thresholds, or an uploaded file. The server scores it with
 * libs/scoring and stores nothing.
 */
export function WhatIfTab() {
  const { t } = useTranslation();
  const { lang } = useAppLanguage();
  const describe = useDescribeError();
  const { periods } = usePeriods();
  const [period, setPeriod] = useState<string | null>(null);
  useEffect(() => {
    // A past (closed) quarter by default: what the published framework has already ranked.
    if (!period && periods.length) setPeriod((periods.find((p) => p.status === 'CLOSED') ?? periods[0]).code);
  }, [period, periods]);
  const frameworkId = periods.find((p) => p.code === period)?.frameworkId;
  const published = useFrameworkDefinition(frameworkId).framework;
  const [file, setFile] = useState<{ name: string; framework: Framework } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const base = file?.framework ?? published;
  const [edits, setEdits] = useState<DraftEdits | null>(null);
  useEffect(() => setEdits(base ? editsOf(base) : null), [base]);
  const draft = useMemo(() => (base && edits ? applyEdits(base, edits) : null), [base, edits]);
  // Edited rule parameters are checked in the browser as the server will (the weights' sum has its own line).
  const issues = useMemo(() => {
    const all =
      draft && edits && changedParams(edits) > 0
        ? draftIssues(draft)
        : new Map<string, FrameworkIssueRow[]>();
    const kept = [...all].map(
      ([location, rows]) => [location, rows.filter((r) => r.code !== 'PATH_WEIGHTS_SUM')] as const,
    );
    return new Map(kept.filter(([, rows]) => rows.length > 0));
  }, [draft, edits]);
  const besideFields = /\.rule\.[A-Za-z]+$/;
  const otherIssues = [...issues]
    .filter(([location]) => !besideFields.test(location))
    .flatMap(([, rows]) => rows);
  const [run, result] = useLazyQuery(WHAT_IF, { fetchPolicy: 'no-cache' });

  const choose = async (chosen: File) => {
    const check = checkFrameworkFile(await chosen.text());
    if (check.ok) {
      setFile({ name: chosen.name, framework: check.definition as Framework });
      setFileError(null);
    } else {
      setFile(null);
      setFileError(check.issues.map((i) => `${i.location} ${i.message[lang]}`).join('；'));
    }
  };

  const setWeight = (code: string, value: number | null) =>
    setEdits((e) => (e ? { ...e, weights: { ...e.weights, [code]: value ?? 0 } } : e));
  const setParam = (code: string, key: string, value: number | null) =>
    setEdits((e) => (e ? withParam(e, code, key, value) : e));
  const setGradeMin = (code: string, value: number | null) =>
    setEdits((e) => (e ? { ...e, gradeMins: { ...e.gradeMins, [code]: value ?? 0 } } : e));

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Alert type="info" showIcon message={t('admin.whatIf.intro')} />
      <Card size="small" title={t('admin.whatIf.title')}>
        <Form layout="vertical">
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item label={t('admin.whatIf.period')}>
                <PeriodSelect periods={periods} value={period} onChange={setPeriod} />
              </Form.Item>
              {base ? (
                <Typography.Text type="secondary">
                  {file
                    ? t('admin.whatIf.useFile', { name: file.name })
                    : t('admin.whatIf.base', { name: base.name[lang], version: base.version })}
                </Typography.Text>
              ) : null}
              <Form.Item label={t('admin.whatIf.upload')} style={{ marginTop: 12 }}>
                <Upload.Dragger
                  accept=".json,application/json"
                  maxCount={1}
                  showUploadList={false}
                  beforeUpload={(chosen) => {
                    void choose(chosen);
                    return false;
                  }}
                >
                  <p className="ant-upload-drag-icon">
                    <InboxOutlined />
                  </p>
                </Upload.Dragger>
              </Form.Item>
              {fileError ? <Alert type="error" showIcon message={fileError} /> : null}
            </Col>
            <Col xs={24} md={8}>
              <Typography.Text strong>{t('admin.whatIf.weights')}</Typography.Text>
              {base?.paths.map((p) => (
                <Form.Item key={p.code} label={p.name[lang]} style={{ marginBottom: 8 }}>
                  <InputNumber
                    aria-label={`${t('admin.whatIf.weights')} ${p.name[lang]}`}
                    min={0}
                    max={100}
                    value={edits?.weights[p.code]}
                    onChange={(v) => setWeight(p.code, v)}
                  />
                </Form.Item>
              ))}
              {edits ? (
                <Typography.Text type={weightSum(edits) === 100 ? 'secondary' : 'danger'}>
                  {t('admin.whatIf.weightSum', { sum: weightSum(edits) })}
                </Typography.Text>
              ) : null}
            </Col>
            <Col xs={24} md={8}>
              <Typography.Text strong>{t('admin.whatIf.grades')}</Typography.Text>
              {base?.grades.map((g) => (
                <Form.Item key={g.code} label={g.name[lang]} style={{ marginBottom: 8 }}>
                  <InputNumber
                    aria-label={`${t('admin.whatIf.grades')} ${g.name[lang]}`}
                    min={0}
                    max={100}
                    value={edits?.gradeMins[g.code]}
                    onChange={(v) => setGradeMin(g.code, v)}
                  />
                </Form.Item>
              ))}
            </Col>
          </Row>
          <Typography.Text strong>{t('admin.whatIf.params')}</Typography.Text>
          {edits && changedParams(edits) > 0 ? (
            <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
              {t('admin.whatIf.changedParams', { count: changedParams(edits) })}
            </Typography.Text>
          ) : null}
          {draft ? <WhatIfParams draft={draft} lang={lang} issues={issues} onChange={setParam} /> : null}
          {otherIssues.length > 0 ? (
            <Alert
              type="error"
              showIcon
              style={{ marginTop: 8 }}
              message={whatIfIssuesText(otherIssues, draft, lang)}
            />
          ) : null}
          <Button
            style={{ marginTop: 12 }}
            type="primary"
            disabled={!draft || !period}
            loading={result.loading}
            onClick={() => draft && period && void run({ variables: { period, framework: draft } })}
          >
            {t('admin.whatIf.run')}
          </Button>
        </Form>
      </Card>
      {result.error ? (
        <Alert
          type="error"
          showIcon
          message={
            // The server refuses a draft with the validator's located issues: worded without the
            // location key ("paths：各路径权重之和为 130" read as a code, not a sentence).
            issuesFromImportError(result.error).length
              ? whatIfIssuesText(issuesFromImportError(result.error), draft, lang)
              : describe(result.error).message
          }
        />
      ) : null}
      {result.data ? (
        <>
          <Statistic title={t('admin.whatIf.gradeChanges')} value={result.data.whatIf.gradeChanges} />
          <WhatIfResults
            result={result.data.whatIf}
            gradeName={(code) =>
              (draft?.grades.find((g) => g.code === code) ?? published?.grades.find((g) => g.code === code))
                ?.name[lang] ?? code
            }
          />
        </>
      ) : null}
    </Space>
  );
}

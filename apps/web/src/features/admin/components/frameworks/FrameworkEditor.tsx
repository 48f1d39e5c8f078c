import { useMutation } from '@apollo/client';
import { RULE_TYPES, ruleModule, type Framework, type RuleType } from '@pathboard/scoring';
import { Alert, App, Button, Card, Drawer, Form, Input, InputNumber, Select, Skeleton, Space } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFrameworkDefinition } from '../../../../shared/assessment-form/hooks/useFrameworkDefinition';
import { useDescribeError } from '../../../../shared/errors';
import { numericParams } from '../../../../shared/framework-editing/rule-params';
import { useAppLanguage } from '../../../../shared/i18n/use-app-language';
import { IMPORT_FRAMEWORK } from '../../graphql/admin.operations';
import { issuesFromImportError, type FrameworkIssueRow } from '../../model/framework-file';
import {
  addIndicator,
  byLocation,
  draftFrom,
  draftIssues,
  editorFields,
  isUnder,
  leftoverUnder,
  removeIndicator,
  setAt,
  setRuleParam,
} from '../../model/framework-draft';
import { setFrameworkCheck, setIndicatorCheck } from '../../model/framework-checks';
import { FrameworkCheckFields } from './EditorCheckFields';
import { EditorIndicatorRow } from './EditorIndicatorRow';
import { FrameworkPreview } from './FrameworkPreview';

interface Props {
  /** The version the new one starts from; null: closed. */
  baseId: string | null;
  /** Versions of the same code already there (the new one takes the next number). */
  versions: number[];
  onClose: () => void;
}

export type IssueMap = Map<string, FrameworkIssueRow[]>;

/**
 * A new version made from an existing one: names, weights, the rules' numeric parameters, the data
 * checks' settings, indicators added (with the rule registry's default parameters) or removed. The validator (libs/frameworks,
 * as on import) runs in the browser on every change and its messages stand beside the fields; a
 * sample branch is scored before and after (FrameworkPreview).
 */
export function FrameworkEditor({ baseId, versions, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { language } = useAppLanguage();
  const lang = language === 'en' ? 'en' : 'zh';
  const { message } = App.useApp();
  const describe = useDescribeError();
  const { framework: base, loading } = useFrameworkDefinition(baseId);
  const [draft, setDraft] = useState<Framework | null>(null);
  const [importFramework, saving] = useMutation(IMPORT_FRAMEWORK, { refetchQueries: ['AdminFrameworks'] });
  const [serverError, setServerError] = useState<string | null>(null);
  // The server's answer to the last save, until the draft changes (the browser's check comes first).
  const [serverIssues, setServerIssues] = useState<IssueMap>(new Map());
  const [newType, setNewType] = useState<Record<number, RuleType>>({});

  useEffect(() => {
    setDraft(base ? draftFrom(base, versions) : null);
    setServerError(null);
    setServerIssues(new Map());
    // Only a new base starts a new draft (the version list is read with it).
  }, [base]);
  const liveIssues = useMemo<IssueMap>(() => (draft ? draftIssues(draft) : new Map()), [draft]);
  const issues = liveIssues.size > 0 ? liveIssues : serverIssues;

  const change = (next: Framework) => {
    setDraft(next);
    setServerIssues(new Map());
  };
  const set = (location: string) => (value: unknown) => draft && change(setAt(draft, location, value));
  const isNew = (code: string) => !base?.paths.some((p) => p.indicators.some((i) => i.code === code));
  const fields = useMemo(
    () => (draft ? editorFields(draft, isNew, numericParams) : new Set<string>()),
    [draft, base],
  );
  // Beside its field a problem is said alone (the field says where). The weights' sum is every
  // weight's problem: each weight is marked, so the author sees which inputs to change.
  const field = (location: string) => {
    const found = [
      ...(issues.get(location) ?? []),
      ...(/^paths\[\d+\]\.weight$/.test(location)
        ? (issues.get('paths') ?? []).filter((i) => i.code === 'PATH_WEIGHTS_SUM')
        : []),
    ];
    return found.length
      ? {
          validateStatus: 'error' as const,
          help: found.map((i) => (i.problem ?? i.message)[lang]).join(lang === 'zh' ? '；' : '; '),
        }
      : {};
  };

  const submit = async () => {
    if (!draft) return;
    setServerError(null);
    try {
      await importFramework({ variables: { definition: draft } });
      message.success(t('admin.frameworks.imported', { name: draft.name[lang], version: draft.version }));
      onClose();
    } catch (err) {
      const rows = issuesFromImportError(err);
      if (rows.length) setServerIssues(byLocation(rows));
      else setServerError(describe(err).message);
    }
  };

  const newName = () => ({
    zh: i18n.getFixedT('zh-CN')('admin.frameworks.editor.newName'),
    en: i18n.getFixedT('en')('admin.frameworks.editor.newName'),
  });
  const typeOptions = RULE_TYPES.map((type) => ({ value: type, label: ruleModule(type).name[lang] }));

  const body = draft && (
    <Form layout="vertical" size="small">
      <Form.Item label={t('admin.frameworks.name')} {...field('name.zh')}>
        <Input value={draft.name.zh} onChange={(e) => set('name.zh')(e.target.value)} />
      </Form.Item>
      {draft.paths.map((path, p) => {
        const pathAt = `paths[${p}]`;
        const header = (
          <Space wrap align="start">
            <Form.Item label={t('admin.frameworks.editor.pathName')} {...field(`${pathAt}.name.zh`)}>
              <Input value={path.name.zh} onChange={(e) => set(`${pathAt}.name.zh`)(e.target.value)} />
            </Form.Item>
            <Form.Item label={t('admin.frameworks.editor.weight')} {...field(`${pathAt}.weight`)}>
              <InputNumber
                aria-label={`${path.name[lang]} ${t('admin.frameworks.editor.weight')}`}
                value={path.weight}
                onChange={set(`${pathAt}.weight`)}
              />
            </Form.Item>
          </Space>
        );
        const rows = path.indicators.map((indicator, i) => (
          <EditorIndicatorRow
            key={`${i}-${indicator.code}`}
            framework={draft}
            indicator={indicator}
            at={`${pathAt}.indicators[${i}]`}
            isNew={isNew(indicator.code)}
            lang={lang}
            field={field}
            leftover={leftoverUnder(issues, fields, `${pathAt}.indicators[${i}]`)}
            onSet={(location, value) => set(location)(value)}
            onParam={(key, value) => change(setRuleParam(draft, p, i, key, value))}
            onCheck={(key, value) => change(setIndicatorCheck(draft, p, i, key, value))}
            onRemove={() => change(removeIndicator(draft, p, i))}
          />
        ));
        const pathRest = leftoverUnder(issues, fields, pathAt, `${pathAt}.indicators[`);
        return (
          <Card key={path.code} size="small" style={{ marginBottom: 12 }} title={path.name[lang]}>
            {header}
            {rows}
            {pathRest.length > 0 && (
              <Alert type="error" showIcon message={pathRest.map((r) => r.message[lang]).join('；')} />
            )}
            <Space style={{ marginTop: 8 }}>
              <Select
                aria-label={`${path.name[lang]} ${t('admin.frameworks.editor.ruleType')}`}
                style={{ width: 200 }}
                value={newType[p] ?? RULE_TYPES[0]}
                onChange={(type) => setNewType((m) => ({ ...m, [p]: type }))}
                options={typeOptions}
              />
              <Button onClick={() => change(addIndicator(draft, p, newType[p] ?? RULE_TYPES[0], newName()))}>
                {t('admin.frameworks.editor.add')}
              </Button>
            </Space>
          </Card>
        );
      })}
      <FrameworkCheckFields
        draft={draft}
        field={field}
        onChange={(key, value) => change(setFrameworkCheck(draft, key, value))}
      />
    </Form>
  );
  const other = [...issues.entries()]
    .filter(
      ([loc]) => !fields.has(loc) && !(draft?.paths.some((_, p) => isUnder(loc, `paths[${p}]`)) ?? false),
    )
    .flatMap(([, v]) => v);

  return (
    <Drawer
      open={Boolean(baseId)}
      onClose={onClose}
      width="min(1000px, 100vw)"
      title={
        draft ? t('admin.frameworks.editor.title', { name: draft.name[lang], version: draft.version }) : ''
      }
      extra={
        <Button
          type="primary"
          disabled={!draft || issues.size > 0}
          loading={saving.loading}
          onClick={() => void submit()}
        >
          {t('admin.frameworks.editor.save')}
        </Button>
      }
    >
      {loading && <Skeleton active />}
      {base && draft && (
        <FrameworkPreview base={base} draft={draft} valid={liveIssues.size === 0} lang={lang} />
      )}
      {draft && issues.size === 0 && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('admin.frameworks.editor.valid')}
        />
      )}
      {body}
      {other.length > 0 && (
        <Alert
          type="error"
          showIcon
          message={t('admin.frameworks.editor.invalid', { count: other.length })}
          description={other.map((i) => i.message[lang]).join('\n')}
        />
      )}
      {serverError && <Alert type="error" showIcon message={serverError} style={{ marginTop: 12 }} />}
    </Drawer>
  );
}

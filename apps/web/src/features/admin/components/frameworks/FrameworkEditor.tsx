import { useMutation } from '@apollo/client';
import type { Framework } from '@pathboard/scoring';
import { Alert, App, Button, Card, Drawer, Form, Input, InputNumber, Skeleton, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFrameworkDefinition } from '../../../../shared/assessment-form/hooks/useFrameworkDefinition';
import { useDescribeError } from '../../../../shared/errors';
import { useAppLanguage } from '../../../../shared/i18n/use-app-language';
import { IMPORT_FRAMEWORK } from '../../graphql/admin.operations';
import { issuesFromImportError, type FrameworkIssueRow } from '../../model/framework-file';
import { byLocation, draftFrom, NUMERIC_PARAMS, setAt } from '../../model/framework-draft';
import { ruleLine } from '../../model/framework-view';

interface Props {
  /** The version the new one starts from; null: closed. */
  baseId: string | null;
  /** Versions of the same code already there (the new one takes the next number). */
  versions: number[];
  onClose: () => void;
}

/**
 * A new version made from an existing one: names, weights and the rules' numeric parameters, with
 * the validator's messages (libs/frameworks, as on import) beside the fields they are about.
 */
export function FrameworkEditor({ baseId, versions, onClose }: Props) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const lang = language === 'en' ? 'en' : 'zh';
  const { message } = App.useApp();
  const describe = useDescribeError();
  const { framework: base, loading } = useFrameworkDefinition(baseId);
  const [draft, setDraft] = useState<Framework | null>(null);
  const [importFramework, saving] = useMutation(IMPORT_FRAMEWORK, { refetchQueries: ['AdminFrameworks'] });
  const [serverError, setServerError] = useState<string | null>(null);

  useEffect(() => {
    setDraft(base ? draftFrom(base, versions) : null);
    setServerError(null);
    // Only a new base starts a new draft (the version list is read with it).
  }, [base]);
  // The server validator's answer to the last save;
  // it stays beside the fields until the draft changes.
  const [issues, setIssues] = useState(new Map<string, FrameworkIssueRow[]>());
  const set = (location: string) => (value: unknown) => {
    if (!draft) return;
    setDraft(setAt(draft, location, value));
    setIssues((current) => {
      if (!current.has(location)) return current;
      const next = new Map(current);
      next.delete(location);
      return next;
    });
  };
  const help = (location: string) => {
    const found = issues.get(location);
    return found?.length
      ? { validateStatus: 'error' as const, help: found.map((i) => i.message[lang]).join('；') }
      : {};
  };
  const shownLocations = new Set<string>();
  const field = (location: string) => {
    shownLocations.add(location);
    return help(location);
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
      if (rows.length) setIssues(byLocation(rows));
      else setServerError(describe(err).message);
    }
  };

  const body = draft && (
    <Form layout="vertical" size="small">
      <Form.Item label={t('admin.frameworks.name')} {...field('name.zh')}>
        <Input value={draft.name.zh} onChange={(e) => set('name.zh')(e.target.value)} />
      </Form.Item>
      {draft.paths.map((path, p) => (
        <Card key={path.code} size="small" style={{ marginBottom: 12 }} title={path.name[lang]}>
          <Space wrap align="start">
            <Form.Item label={t('admin.frameworks.editor.pathName')} {...field(`paths[${p}].name.zh`)}>
              <Input value={path.name.zh} onChange={(e) => set(`paths[${p}].name.zh`)(e.target.value)} />
            </Form.Item>
            <Form.Item label={t('admin.frameworks.editor.weight')} {...field(`paths[${p}].weight`)}>
              <InputNumber value={path.weight} onChange={set(`paths[${p}].weight`)} />
            </Form.Item>
          </Space>
          {path.indicators.map((indicator, i) => {
            const at = `paths[${p}].indicators[${i}]`;
            const rule = indicator.rule as unknown as Record<string, unknown>;
            return (
              <Space key={indicator.code} wrap align="start" style={{ display: 'flex' }}>
                <Form.Item
                  label={`${t('admin.frameworks.columns.indicator')}（${ruleLine(indicator.rule, lang, draft).kind}）`}
                  {...field(`${at}.name.zh`)}
                >
                  <Input
                    style={{ width: 220 }}
                    value={indicator.name.zh}
                    onChange={(e) => set(`${at}.name.zh`)(e.target.value)}
                  />
                </Form.Item>
                {NUMERIC_PARAMS.filter((key) => typeof rule[key] === 'number').map((key) => (
                  <Form.Item
                    key={key}
                    label={t(`admin.frameworks.editor.params.${key}`)}
                    {...field(`${at}.rule.${key}`)}
                  >
                    <InputNumber value={rule[key] as number} onChange={set(`${at}.rule.${key}`)} />
                  </Form.Item>
                ))}
              </Space>
            );
          })}
        </Card>
      ))}
    </Form>
  );
  const other = [...issues.entries()]
    .filter(([location]) => !shownLocations.has(location))
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
      {body}
      {other.length > 0 && (
        <Alert
          type="error"
          showIcon
          message={t('admin.frameworks.invalid', { count: other.length })}
          description={other
            .map((i) => `${i.location || t('admin.frameworks.wholeFile')}：${i.message[lang]}`)
            .join('\n')}
        />
      )}
      {serverError && <Alert type="error" showIcon message={serverError} style={{ marginTop: 12 }} />}
    </Drawer>
  );
}

import { DeleteOutlined } from '@ant-design/icons';
import type { Framework, Indicator } from '@pathboard/scoring';
import { Alert, Button, Form, Input, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { RuleParamFields, type FieldStatus } from '../../../../shared/framework-editing/RuleParamFields';
import type { IndicatorCheckKey } from '../../model/framework-checks';
import type { FrameworkIssueRow } from '../../model/framework-file';
import { ruleLine } from '../../model/framework-view';
import { IndicatorCheckFields } from './EditorCheckFields';

interface Props {
  framework: Framework;
  indicator: Indicator;
  /** Its property path in the draft, e.g. `paths[0].indicators[3]`. */
  at: string;
  /** Added in this draft: its code may still be chosen. */
  isNew: boolean;
  lang: 'zh' | 'en';
  /** The validator's message for an input. */
  field: (location: string) => FieldStatus;
  /** The validator's messages about this indicator that no input shows. */
  leftover: FrameworkIssueRow[];
  onSet: (location: string, value: unknown) => void;
  onParam: (key: string, value: number | null) => void;
  onCheck: (key: IndicatorCheckKey, value: number | null) => void;
  onRemove: () => void;
}

/**
 * One indicator in the framework editor: its name (and a new one's code), its rule's numbers, its
 * data-check settings (a measured indicator), remove.
 */
export function EditorIndicatorRow(props: Props) {
  const { framework, indicator, at, isNew, lang, field, leftover, onSet, onParam, onCheck, onRemove } = props;
  const { t } = useTranslation();
  const name = indicator.name[lang] || indicator.code;
  const codeField = isNew ? (
    <Form.Item label={t('admin.frameworks.editor.code')} {...field(`${at}.code`)}>
      <Input
        aria-label={`${name} ${t('admin.frameworks.editor.code')}`}
        style={{ width: 180 }}
        value={indicator.code}
        onChange={(e) => onSet(`${at}.code`, e.target.value)}
      />
    </Form.Item>
  ) : null;
  const nameField = (
    <Form.Item
      label={`${t('admin.frameworks.columns.indicator')}（${ruleLine(indicator.rule, lang, framework).kind}）`}
      {...field(`${at}.name.zh`)}
    >
      <Input
        aria-label={`${indicator.code} ${t('admin.frameworks.columns.indicator')}`}
        style={{ width: 220 }}
        value={indicator.name.zh}
        onChange={(e) => onSet(`${at}.name.zh`, e.target.value)}
      />
    </Form.Item>
  );
  const params = (
    <RuleParamFields
      rule={indicator.rule}
      lang={lang}
      ariaPrefix={name}
      onChange={onParam}
      statusOf={(key) => field(`${at}.rule.${key}`)}
    />
  );
  const remove = (
    <Popconfirm
      title={t('admin.frameworks.editor.removeConfirm', { name })}
      okText={t('admin.frameworks.editor.remove')}
      onConfirm={onRemove}
    >
      <Button
        danger
        size="small"
        icon={<DeleteOutlined />}
        aria-label={`${t('admin.frameworks.editor.remove')} ${name}`}
      >
        {t('admin.frameworks.editor.remove')}
      </Button>
    </Popconfirm>
  );
  return (
    <div
      data-testid={`editor-indicator-${indicator.code}`}
      style={{ borderBottom: '1px dashed rgba(0, 0, 0, 0.08)', marginBottom: 12 }}
    >
      <Space wrap align="start" style={{ display: 'flex' }}>
        {codeField}
        {nameField}
        {params}
        <Form.Item label=" ">{remove}</Form.Item>
      </Space>
      <IndicatorCheckFields
        indicator={indicator}
        at={at}
        ariaPrefix={name}
        field={field}
        onChange={onCheck}
      />
      {leftover.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          message={leftover.map((r) => r.message[lang]).join('；')}
        />
      )}
    </div>
  );
}

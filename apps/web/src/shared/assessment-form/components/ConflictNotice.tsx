import { type Framework, describeInput } from '@pathboard/scoring';
import { Alert, Button, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConflictMerge, ContestedChange, Entry } from '../form/edit-session';
import type { FieldSpec } from '../form/field-spec';
import { toIndicatorInput } from '../form/form-values';

interface Props {
  merge: ConflictMerge;
  specs: FieldSpec[];
  framework: Framework;
  lang: 'zh' | 'en';
  onTakeTheirs: (change: ContestedChange) => void;
  onDismiss: () => void;
  title?: string;
  /**
   * What to do next, naming a button the screen has: the default says "保存", which the review
   * screen does not have (it decides with 审核通过 / 退回修改).
   */
  body?: string;
  /** Evidence is not part of a review; the review screen hides it. */
  showEvidence?: boolean;
}

/**
 * After a CONFLICT: which indicators the other person changed, theirs next to yours, and a way to
 * take theirs. The form already shows the merge, so closing this loses nothing.
 */
export function ConflictNotice({
  merge,
  specs,
  framework,
  lang,
  onTakeTheirs,
  onDismiss,
  title,
  body,
  showEvidence = true,
}: Props) {
  const { t } = useTranslation();
  const byCode = new Map(specs.map((s) => [s.code, s]));
  const nameOf = (code: string) => byCode.get(code)?.name[lang] ?? code;
  const describe = (code: string, entry: Entry) => {
    const spec = byCode.get(code);
    const input = spec ? toIndicatorInput(spec, entry.value) : null;
    const value =
      input === null ? t('assessment.conflict.empty') : describeInput(framework, code, input)[lang];
    return showEvidence && entry.evidence.trim()
      ? `${value}${t('assessment.partSeparator')}${t('assessment.conflict.evidence', { text: entry.evidence.trim() })}`
      : value;
  };

  return (
    <Alert
      type="warning"
      showIcon
      closable
      onClose={onDismiss}
      role="alert"
      message={<Typography.Text strong>{title ?? t('assessment.conflict.title')}</Typography.Text>}
      description={
        <Space direction="vertical" style={{ width: '100%' }}>
          <span>{body ?? t('assessment.conflict.body')}</span>
          {merge.contested.length > 0 ? (
            <>
              <Typography.Text strong>{t('assessment.conflict.contested')}</Typography.Text>
              <List
                size="small"
                bordered
                dataSource={merge.contested}
                renderItem={(change) => (
                  <List.Item
                    actions={[
                      <Button key="theirs" size="small" onClick={() => onTakeTheirs(change)}>
                        {t('assessment.conflict.useTheirs')}
                      </Button>,
                    ]}
                  >
                    <Space direction="vertical" size={0}>
                      <Typography.Text strong>{nameOf(change.code)}</Typography.Text>
                      <span>
                        {t('assessment.conflict.theirs', { value: describe(change.code, change.theirs) })}
                      </span>
                      <span>
                        {t('assessment.conflict.yours', { value: describe(change.code, change.yours) })}
                      </span>
                    </Space>
                  </List.Item>
                )}
              />
            </>
          ) : null}
          {merge.takenFromServer.length > 0 ? (
            <span>
              {t('assessment.conflict.taken', {
                names: merge.takenFromServer.map(nameOf).join(t('assessment.listSeparator')),
              })}
            </span>
          ) : null}
        </Space>
      }
    />
  );
}

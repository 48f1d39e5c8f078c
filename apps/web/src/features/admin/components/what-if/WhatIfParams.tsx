import type { Framework } from '@pathboard/scoring';
import { Collapse, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RuleParamFields } from '../../../../shared/framework-editing/RuleParamFields';
import { numericParams } from '../../../../shared/framework-editing/rule-params';
import type { FrameworkIssueRow } from '../../model/framework-file';

interface Props {
  /** The draft as edited so far (its rules carry the edited parameters). */
  draft: Framework;
  lang: 'zh' | 'en';
  /** The validator's problems of the draft by location (libs/frameworks, in the browser). */
  issues: Map<string, FrameworkIssueRow[]>;
  onChange: (indicatorCode: string, key: string, value: number | null) => void;
}

/** The numeric rule parameters of each indicator, one panel per path, with the validator's messages. */
export function WhatIfParams({ draft, lang, issues, onChange }: Props) {
  const { t } = useTranslation();
  const statusAt = (location: string) => {
    const found = issues.get(location);
    return found?.length
      ? { validateStatus: 'error' as const, help: found.map((i) => i.message[lang]).join('；') }
      : {};
  };
  const items = draft.paths.map((path, p) => ({
    key: path.code,
    label: path.name[lang],
    children: path.indicators
      .filter((indicator) => numericParams(indicator.rule).length > 0)
      .map((indicator) => {
        const i = path.indicators.indexOf(indicator);
        return (
          <div key={indicator.code} data-testid={`what-if-params-${indicator.code}`}>
            <Typography.Text strong>{indicator.name[lang]}</Typography.Text>
            <div>
              <RuleParamFields
                rule={indicator.rule}
                lang={lang}
                ariaPrefix={indicator.name[lang]}
                onChange={(key, value) => onChange(indicator.code, key, value)}
                statusOf={(key) => statusAt(`paths[${p}].indicators[${i}].rule.${key}`)}
              />
            </div>
          </div>
        );
      }),
  }));
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('admin.whatIf.paramsHint')}
      </Typography.Paragraph>
      <Collapse size="small" items={items} />
    </>
  );
}

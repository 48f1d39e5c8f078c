import { Alert, Card, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ValueFlagFieldsFragment } from '../../generated/graphql';
import { useAppLanguage } from '../i18n/use-app-language';

/** A list of data-check flags, each with its reason and figures, and the indicator it is about. */
export function FlagList({
  flags,
  indicatorName,
}: {
  flags: readonly ValueFlagFieldsFragment[];
  indicatorName?: (code: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const { lang } = useAppLanguage();
  return (
    <Card size="small" title={t('quality.flagsTitle')} data-testid="value-flags">
      {flags.length === 0 ? (
        <Typography.Text type="secondary">{t('quality.noFlags')}</Typography.Text>
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('quality.flagsIntro')}</Typography.Paragraph>
          <List
            size="small"
            dataSource={[...flags]}
            renderItem={(flag) => (
              <List.Item key={`${flag.code}-${flag.indicator}-${flag.rule ?? ''}`}>
                <Alert
                  style={{ width: '100%' }}
                  type="warning"
                  showIcon
                  message={
                    <span>
                      <FlagTag name={indicatorName?.(flag.indicator) ?? flag.indicator} />
                      {flag.message[lang]}
                    </span>
                  }
                />
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  );
}

/**
 * The indicator a flag is about. A tag does not wrap by default, so a long English name ("Innovation
 * adopted and promoted by higher levels") ran out of the narrow checks card: this one wraps inside
 * the card, and its title gives the full name on hover too.
 */
export function FlagTag({ name }: { name: string }) {
  return (
    <Tag
      title={name}
      data-testid="flag-indicator"
      style={{ maxWidth: '100%', whiteSpace: 'normal', overflowWrap: 'anywhere', marginBottom: 4 }}
    >
      {name}
    </Tag>
  );
}

/** "+3.00 分（2 个季度）", or "no approved quarter yet". */
export function InflationText({ value, quarters }: { value: number | null | undefined; quarters: number }) {
  const { t } = useTranslation();
  if (value === null || value === undefined)
    return <Typography.Text type="secondary">{t('quality.noHistory')}</Typography.Text>;
  const signed = `${value > 0 ? '+' : ''}${value.toFixed(2)}`;
  return (
    <Typography.Text type={value > 0 ? 'danger' : undefined}>
      {t('quality.inflationValue', { value: signed, count: quarters })}
    </Typography.Text>
  );
}

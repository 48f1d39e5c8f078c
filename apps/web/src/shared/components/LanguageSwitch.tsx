import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../i18n/use-app-language';
import type { AppLanguage } from '../i18n/languages';

/** 中文 / English. Each option is written in its own language so anyone can find theirs. */
export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { t, i18n } = useTranslation();
  const { language: current } = useAppLanguage();
  return (
    <Segmented<AppLanguage>
      size={size}
      aria-label={t('language.label')}
      value={current}
      options={[
        { label: t('language.zh'), value: 'zh-CN' },
        { label: t('language.en'), value: 'en' },
      ]}
      onChange={(value) => void i18n.changeLanguage(value)}
    />
  );
}

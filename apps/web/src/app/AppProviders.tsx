import { ApolloProvider } from '@apollo/client';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { type ReactNode, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionStore } from '../features/auth';
import { DistrictTimeZoneProvider } from '../shared/formatting';
import { createApolloClient } from './apollo-client';
import { usePrefersReducedMotion } from './reduced-motion';
import { appTheme, withoutMotion } from './theme';

/** antd's and dayjs' locales follow the i18next language, so dates, pagers and pickers switch too. */
function LocalizedAntd({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  const reducedMotion = usePrefersReducedMotion();
  useEffect(() => {
    dayjs.locale(english ? 'en' : 'zh-cn');
  }, [english]);
  return (
    <ConfigProvider locale={english ? enUS : zhCN} theme={reducedMotion ? withoutMotion : appTheme}>
      <AntApp style={{ height: '100%' }}>{children}</AntApp>
    </ConfigProvider>
  );
}

export function AppProviders({ children }: { children: ReactNode }) {
  const client = useMemo(
    () =>
      createApolloClient({
        getToken: () => sessionStore.token(),
        onUnauthenticated: () => sessionStore.end('expired'),
      }),
    [],
  );
  return (
    <ApolloProvider client={client}>
      <LocalizedAntd>
        <DistrictTimeZoneProvider>{children}</DistrictTimeZoneProvider>
      </LocalizedAntd>
    </ApolloProvider>
  );
}

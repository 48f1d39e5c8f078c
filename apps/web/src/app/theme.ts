import type { ThemeConfig } from 'antd';

/** The CJK font stack of index.html, repeated here because antd sets font-family on its components. */
export const FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Helvetica Neue', Arial, sans-serif";

/**
 * Party red as the primary colour, sober otherwise. Grade colours come from @pathboard/charts'
 * palette, not from the theme, so charts, tags and the PDF report agree.
 */
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#c41d1d',
    colorLink: '#c41d1d',
    fontFamily: FONT_FAMILY,
    fontSize: 14,
    borderRadius: 4,
  },
  components: {
    Layout: { headerBg: '#a8071a', headerColor: '#fff', headerHeight: 56, headerPadding: '0 24px' },
  },
};

/** The same theme without antd's motion, for people whose system asks for reduced motion. */
export const withoutMotion: ThemeConfig = { ...appTheme, token: { ...appTheme.token, motion: false } };

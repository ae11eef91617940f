import type { ThemeConfig } from 'antd';

/**
 * A calm, low-saturation theme. The primary teal (#1d5f74) has a contrast ratio of about 7:1 on
 * white and the body text (#1f2933) about 15:1, above WCAG AA (4.5:1) for normal text.
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d5f74',
    colorInfo: '#1d5f74',
    colorSuccess: '#2f7d4f',
    colorWarning: '#a86b00',
    colorError: '#b3261e',
    colorText: '#1f2933',
    colorTextSecondary: '#52606d',
    colorBgLayout: '#f3f5f6',
    borderRadius: 6,
    fontSize: 14,
    fontFamily:
      '"Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji"',
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', headerPadding: '0 16px', headerHeight: 56 },
    Menu: { itemSelectedBg: '#e3eef1', itemSelectedColor: '#174c5d' },
  },
};

import type { ThemeConfig } from 'antd';

/**
 * A calm, low-saturation theme. The primary teal (#1d5f74) has a contrast ratio of about 7:1 on
 * white and the body text (#1f2933) about 15:1, secondary text (#52606d) about 6.5:1: all above WCAG AA (4.5:1).
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d5f74',
    colorInfo: '#1d5f74',
    colorSuccess: '#2f7d4f',
    colorWarning: '#8a5a00',
    colorError: '#b3261e',
    colorText: '#1f2933',
    colorTextSecondary: '#52606d',
    // antd's greys for descriptions and placeholders (#8c8c8c, #bfbfbf) fail 4.5:1 on white.
    colorTextDescription: '#52606d',
    colorTextTertiary: '#52606d',
    colorTextPlaceholder: '#5f6b76',
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

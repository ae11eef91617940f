import { Flex, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';

interface PageHeaderProps {
  title: ReactNode;
  subtitle?: ReactNode;
  /** Buttons on the right: create, export… */
  extra?: ReactNode;
}

/** The page's one h1, so screen-reader users can jump to it. */
export function PageHeader({ title, subtitle, extra }: PageHeaderProps) {
  useEffect(() => {
    if (typeof title === 'string') {
      // Screen readers announce the tab title first; it should name the page, not just the app.
      document.title = `${title} – Kết Nghĩa`;
    }
  }, [title]);
  return (
    <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 16 }}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {title}
        </Typography.Title>
        {subtitle && (
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
            {subtitle}
          </Typography.Text>
        )}
      </div>
      {extra && (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      )}
    </Flex>
  );
}

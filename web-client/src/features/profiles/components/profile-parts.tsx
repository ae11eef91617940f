import { Card, Result, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { isApiProblem } from '@/lib/api/problem';
import { formatDate } from '@/lib/format';

/** A titled section of a profile (its h2, so screen-reader users can jump between sections). */
export function ProfileSection({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <Card
      title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{title}</Typography.Title>}
      extra={extra}
      style={{ marginBottom: 16 }}
    >
      {children}
    </Card>
  );
}

export function ProfileNotFound() {
  const { t } = useTranslation();
  return <Result status="404" title="404" subTitle={t('profiles.notFound')} />;
}

/** 404 (missing or outside the caller's scope, which the API answers alike) or another failure. */
export function ProfileError({ error, onRetry }: { error: unknown; onRetry: () => unknown }) {
  if (isApiProblem(error) && error.status === 404) {
    return <ProfileNotFound />;
  }
  return <ErrorAlert error={error} onRetry={onRetry} />;
}

/** `15/05/2016 – 31/12/2020`, or open-ended. */
export function DateRange({ from, to }: { from?: string; to?: string }) {
  const { t } = useTranslation();
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {formatDate(from)} – {to ? formatDate(to) : t('profiles.openEnded')}
    </span>
  );
}

/** The id of the address; anything but a positive whole number becomes 0, which the API answers 404. */
export function profileId(value: string | undefined): number {
  return value && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : 0;
}

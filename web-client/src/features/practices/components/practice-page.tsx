import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { LoadingState } from '@/components/loading-state';
import { PageHeader } from '@/components/page-header';
import { agreementLabel } from '@/components/parties';
import type { Schemas } from '@/lib/api/client';
import { formatDate } from '@/lib/format';
import { useProblemNotifier } from '@/lib/form-problems';
import { paths } from '@/lib/paths';
import { usePractice } from '../api/get-practice';
import { useDeletePractice, usePracticeStep } from '../api/save-practice';
import { PracticeFiles } from './practice-files';
import { PracticeFormDrawer } from './practice-form-drawer';
import { PracticeGallery } from './practice-gallery';

type Practice = Schemas['GoodPractice'];

function practiceIdOf(param: string | undefined): number | undefined {
  return param && /^[1-9]\d{0,15}$/.test(param) ? Number(param) : undefined;
}

/** `/practices/:id`: the practice's text, its photos and documents, the linked agreement; editors' buttons. */
export function PracticePage() {
  const { t } = useTranslation();
  const id = practiceIdOf(useParams().id);
  const practice = usePractice(id);
  if (id === undefined) {
    return <ErrorAlert error={new Error(t('app.notFound'))} />;
  }
  if (practice.isPending) {
    return <LoadingState />;
  }
  if (practice.isError) {
    return <ErrorAlert error={practice.error} onRetry={() => practice.refetch()} />;
  }
  return <PracticeView practice={practice.data} />;
}

function PracticeView({ practice }: { practice: Practice }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const notifyProblem = useProblemNotifier();
  const step = usePracticeStep();
  const remove = useDeletePractice();
  const [editing, setEditing] = useState(false);
  const id = practice.id ?? 0;
  const files = practice.files ?? [];
  const images = files.filter((file) => file.image);
  const documents = files.filter((file) => !file.image);
  const draft = practice.status === 'draft';
  const place = [practice.commune?.name, practice.district?.name].filter(Boolean).join(', ');

  const runStep = (next: 'publish' | 'unpublish') =>
    step.mutateAsync({ id, version: practice.version, step: next }).then(
      () => void message.success(t(next === 'publish' ? 'practices.published' : 'practices.unpublished')),
      (error: unknown) => notifyProblem(error),
    );

  const editorButtons = practice.editable ? (
    <>
      <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
        {t('practices.edit')}
      </Button>
      {draft ? (
        <Popconfirm title={t('practices.publishConfirm')} okText={t('practices.publish')} cancelText={t('common.cancel')} onConfirm={() => runStep('publish')}>
          <Button type="primary" loading={step.isPending}>
            {t('practices.publish')}
          </Button>
        </Popconfirm>
      ) : (
        <Button loading={step.isPending} onClick={() => void runStep('unpublish')}>
          {t('practices.unpublish')}
        </Button>
      )}
      {draft && (
        <Popconfirm
          title={t('practices.deleteConfirm')}
          okText={t('common.delete')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() =>
            remove.mutateAsync({ id, version: practice.version }).then(
              () => {
                void message.success(t('practices.deleted'));
                void navigate(paths.practices);
              },
              (error: unknown) => notifyProblem(error),
            )
          }
        >
          <Button danger>{t('practices.delete')}</Button>
        </Popconfirm>
      )}
    </>
  ) : undefined;

  return (
    <>
      <Link to={paths.practices}>
        <ArrowLeftOutlined aria-hidden /> {t('practices.back')}
      </Link>
      <div style={{ height: 8 }} />
      <PageHeader
        title={practice.title ?? ''}
        subtitle={
          draft ? t('practices.statuses.draft') : practice.publishedAt ? t('practices.publishedOn', { date: formatDate(practice.publishedAt) }) : undefined
        }
        extra={editorButtons}
      />
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'organization', label: t('practices.organization'), children: practice.organization?.name },
          { key: 'place', label: t('practices.commune'), children: place || '—' },
          { key: 'year', label: t('practices.year'), children: practice.year },
          { key: 'area', label: t('practices.area'), children: practice.area ? t(`area.${practice.area}`) : '—' },
          {
            key: 'agreement',
            label: t('practices.agreement'),
            span: 2,
            children: practice.agreement ? (
              <Link to={paths.agreement(practice.agreement.id ?? 0)}>{agreementLabel(practice.agreement)}</Link>
            ) : (
              t('practices.noAgreement')
            ),
          },
          {
            key: 'tags',
            label: t('practices.tags'),
            span: 2,
            children: (
              <Flex wrap gap={4}>
                {(practice.tags ?? []).map((tag) => (
                  <Link key={tag} to={paths.practicesFiltered({ tag })}>
                    <Tag style={{ marginInlineEnd: 0 }}>#{tag}</Tag>
                  </Link>
                ))}
              </Flex>
            ),
          },
        ]}
      />
      <Flex vertical gap={16}>
        <Card title={t('practices.whatWasDone')} size="small">
          <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: 0 }}>{practice.whatWasDone}</Typography.Paragraph>
        </Card>
        <Card title={t('practices.results')} size="small">
          <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: 0 }}>{practice.results}</Typography.Paragraph>
        </Card>
        {images.length > 0 && (
          <Card title={t('practices.photos')} size="small">
            <PracticeGallery practiceId={id} images={images} />
          </Card>
        )}
        {(documents.length > 0 || practice.editable) && (
          <Card title={practice.editable ? `${t('practices.photos')} · ${t('practices.documents')}` : t('practices.documents')} size="small">
            <PracticeFiles practice={practice} documents={documents} />
          </Card>
        )}
      </Flex>
      {editing && <PracticeFormDrawer open practice={practice} onClose={() => setEditing(false)} />}
    </>
  );
}

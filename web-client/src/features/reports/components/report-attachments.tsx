import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Popconfirm, Table, Typography, Upload, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { formatFileSize } from '@/lib/download';
import { formatDateTime } from '@/lib/format';
import { useProblemNotifier } from '@/lib/form-problems';
import { useDeleteAttachment } from '../api/delete-attachment';
import { useDownloadAttachment } from '../api/download-attachment';
import { useUploadAttachment } from '../api/upload-attachment';
import type { Attachment, Report } from '../types';
import { uploadProblemOf, type UploadProblem } from '../utils/upload-problem';

/** The server's limits (configurable there; these are its defaults), checked here only to spare a useless upload. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILES = 20;
/** What the file picker offers; the server checks the content, whatever the name says. */
export const ACCEPTED_EXTENSIONS = '.pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx,.ppt,.pptx';

export function ReportAttachments({ report, canChange }: { report: Report; canChange: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const notifyProblem = useProblemNotifier();
  const upload = useUploadAttachment();
  const remove = useDeleteAttachment();
  const download = useDownloadAttachment();
  const [problem, setProblem] = useState<UploadProblem>();
  const reportId = report.id ?? 0;
  const attachments = report.attachments ?? [];

  const columns: TableProps<Attachment>['columns'] = [
    { title: t('reports.attachments.fileName'), dataIndex: 'fileName', key: 'fileName' },
    {
      title: t('reports.attachments.size'),
      key: 'size',
      width: 110,
      align: 'right',
      render: (_, file) => formatFileSize(file.sizeBytes),
    },
    {
      title: t('reports.attachments.uploadedAt'),
      key: 'uploadedAt',
      width: 200,
      render: (_, file) => (
        <>
          <div>{formatDateTime(file.uploadedAt)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {file.uploadedBy}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: canChange ? 130 : 80,
      render: (_, file) => (
        <Flex gap={4}>
          <Button
            size="small"
            icon={<DownloadOutlined />}
            aria-label={t('reports.attachments.download', { name: file.fileName ?? '' })}
            loading={download.isPending && download.variables?.attachmentId === file.id}
            onClick={() =>
              download.mutate(
                { reportId, attachmentId: file.id ?? 0, fileName: file.fileName ?? 'tep-dinh-kem' },
                { onError: (error) => notifyProblem(error) },
              )
            }
          />
          {canChange && (
            <Popconfirm
              title={t('reports.attachments.deleteConfirm', { name: file.fileName ?? '' })}
              okText={t('common.delete')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() =>
                remove.mutateAsync({ reportId, attachmentId: file.id ?? 0 }).then(
                  () => void message.success(t('reports.attachments.deleted')),
                  (error: unknown) => notifyProblem(error),
                )
              }
            >
              <Button
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('reports.attachments.delete', { name: file.fileName ?? '' })}
              />
            </Popconfirm>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <Typography.Paragraph type="secondary">{t('reports.attachments.limits')}</Typography.Paragraph>
      {problem && (
        <Alert
          type="error"
          showIcon
          role="alert"
          closable={{ onClose: () => setProblem(undefined) }}
          style={{ marginBottom: 16 }}
          title={problem.title}
          description={problem.detail}
        />
      )}
      {canChange && attachments.length < MAX_FILES && (
        <Upload
          accept={ACCEPTED_EXTENSIONS}
          multiple
          showUploadList={false}
          beforeUpload={(file) => {
            if (file.size > MAX_FILE_BYTES) {
              setProblem({
                title: t('reports.attachments.tooLarge'),
                detail: t('reports.attachments.tooLargeDetail', { name: file.name }),
              });
              return Upload.LIST_IGNORE;
            }
            return true;
          }}
          customRequest={({ file, onSuccess, onError }) => {
            const picked = file as File;
            setProblem(undefined);
            // mutateAsync: with several files picked at once, each keeps its own outcome.
            upload.mutateAsync({ reportId, file: picked }).then(
              (attachment) => {
                void message.success(t('reports.attachments.uploaded', { name: picked.name }));
                onSuccess?.(attachment);
              },
              (error: unknown) => {
                setProblem(uploadProblemOf(error, picked.name, t, i18n.language));
                onError?.(error instanceof Error ? error : new Error(String(error)));
              },
            );
          }}
        >
          <Button icon={<UploadOutlined />} loading={upload.isPending} style={{ marginBottom: 16 }}>
            {t('reports.attachments.upload')}
          </Button>
        </Upload>
      )}
      <Table<Attachment>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={attachments}
        columns={columns}
        scroll={{ x: 640 }}
        locale={{ emptyText: <EmptyState compact description={t('reports.attachments.empty')} /> }}
      />
    </>
  );
}

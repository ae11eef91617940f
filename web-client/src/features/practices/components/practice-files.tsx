import { DeleteOutlined, DownloadOutlined, FileOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Popconfirm, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiProblem } from '@/lib/api/problem';
import type { Schemas } from '@/lib/api/client';
import { pickLanguage } from '@/lib/bilingual';
import { formatFileSize } from '@/lib/download';
import { useProblemNotifier } from '@/lib/form-problems';
import { useDeletePracticeFile, useDownloadPracticeFile, useUploadPracticeFile } from '../api/practice-files';

type Practice = Schemas['GoodPractice'];
type PracticeFile = Schemas['GoodPracticeFile'];

/** The server's limits (its defaults), checked here only to spare a useless upload. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILES = 20;
/** What the file picker offers; the server checks the content, whatever the name says. */
export const ACCEPTED_EXTENSIONS = '.jpg,.jpeg,.png,.webp,.pdf,.docx,.xlsx';

interface Problem {
  title: string;
  detail?: string;
}

/** The documents of a practice (download), and for its editors the upload and removal of any file. */
export function PracticeFiles({ practice, documents }: { practice: Practice; documents: PracticeFile[] }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const notifyProblem = useProblemNotifier();
  const upload = useUploadPracticeFile();
  const remove = useDeletePracticeFile();
  const download = useDownloadPracticeFile();
  const [problem, setProblem] = useState<Problem>();
  const practiceId = practice.id ?? 0;
  const files = practice.files ?? [];
  const editable = practice.editable ?? false;
  const shown = editable ? files : documents;

  const problemOf = (error: unknown, name: string): Problem => {
    if (isApiProblem(error) && error.status === 413) {
      return { title: t('practices.files.tooLarge'), detail: t('practices.files.tooLargeDetail', { name }) };
    }
    if (isApiProblem(error) && error.status === 415) {
      return { title: t('practices.files.wrongType'), detail: `${name}: ${t('practices.files.wrongTypeDetail')}` };
    }
    if (isApiProblem(error)) {
      return { title: pickLanguage(error.title, i18n.language), detail: error.detail ? pickLanguage(error.detail, i18n.language) : undefined };
    }
    return { title: t('problem.unexpected') };
  };

  return (
    <>
      {editable && <Typography.Paragraph type="secondary">{t('practices.files.limits')}</Typography.Paragraph>}
      {problem && (
        <Alert
          type="error"
          showIcon
          role="alert"
          closable={{ onClose: () => setProblem(undefined) }}
          style={{ marginBottom: 12 }}
          title={problem.title}
          description={problem.detail}
        />
      )}
      {editable && files.length < MAX_FILES && (
        <Upload
          accept={ACCEPTED_EXTENSIONS}
          multiple
          showUploadList={false}
          beforeUpload={(file) => {
            if (file.size > MAX_FILE_BYTES) {
              setProblem({ title: t('practices.files.tooLarge'), detail: t('practices.files.tooLargeDetail', { name: file.name }) });
              return Upload.LIST_IGNORE;
            }
            return true;
          }}
          customRequest={({ file, onSuccess, onError }) => {
            const picked = file as File;
            setProblem(undefined);
            upload.mutateAsync({ practiceId, file: picked }).then(
              (stored) => {
                void message.success(t('practices.files.uploaded', { name: picked.name }));
                onSuccess?.(stored);
              },
              (error: unknown) => {
                setProblem(problemOf(error, picked.name));
                onError?.(error instanceof Error ? error : new Error(String(error)));
              },
            );
          }}
        >
          <Button icon={<UploadOutlined />} loading={upload.isPending} style={{ marginBottom: 12 }}>
            {t('practices.files.upload')}
          </Button>
        </Upload>
      )}
      {shown.length === 0 ? (
        <Typography.Text type="secondary">{t('practices.noFiles')}</Typography.Text>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {shown.map((file) => (
            <li key={file.id} style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
              <Flex gap={8} align="center" wrap>
                <FileOutlined aria-hidden />
                <span style={{ flex: 1, minWidth: 160 }}>{file.fileName}</span>
                <Typography.Text type="secondary">{formatFileSize(file.sizeBytes)}</Typography.Text>
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  aria-label={t('practices.files.download', { name: file.fileName ?? '' })}
                  loading={download.isPending && download.variables?.fileId === file.id}
                  onClick={() =>
                    download.mutate(
                      { practiceId, fileId: file.id ?? 0, fileName: file.fileName ?? 'tep' },
                      { onError: (error) => notifyProblem(error) },
                    )
                  }
                />
                {editable && (
                  <Popconfirm
                    title={t('practices.files.deleteConfirm', { name: file.fileName ?? '' })}
                    okText={t('common.delete')}
                    cancelText={t('common.cancel')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() =>
                      remove.mutateAsync({ practiceId, fileId: file.id ?? 0, version: practice.version }).then(
                        () => void message.success(t('practices.files.deleted')),
                        (error: unknown) => notifyProblem(error),
                      )
                    }
                  >
                    <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('practices.files.delete', { name: file.fileName ?? '' })} />
                  </Popconfirm>
                )}
              </Flex>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

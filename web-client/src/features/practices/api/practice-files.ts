import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap } from '@/lib/api/client';
import { saveDownload } from '@/lib/download';
import { practiceKeys } from './query-keys';

/** Sends one file as multipart/form-data field `file`; the server checks its type by content and its size. */
export function useUploadPracticeFile() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ practiceId, file }: { practiceId: number; file: File }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return unwrap(
        api.POST('/api/v1/practices/{id}/files', {
          params: { path: { id: practiceId } },
          // FormData goes as it is: the browser writes the multipart boundary.
          body: form as never,
          bodySerializer: (body: unknown) => body as FormData,
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: practiceKeys.all }),
  });
}

export function useDeletePracticeFile() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ practiceId, fileId, version }: { practiceId: number; fileId: number; version: number | undefined }) =>
      unwrap(
        api.DELETE('/api/v1/practices/{id}/files/{fileId}', {
          params: { path: { id: practiceId, fileId }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: practiceKeys.all }),
  });
}

/** Saves a document under the name the server gives; fetched with the bearer token, never a bare link. */
export function useDownloadPracticeFile() {
  const api = useApi();
  return useMutation({
    mutationFn: ({ practiceId, fileId, fileName }: { practiceId: number; fileId: number; fileName: string }) =>
      saveDownload(
        api.GET('/api/v1/practices/{id}/files/{fileId}', { params: { path: { id: practiceId, fileId } }, parseAs: 'blob' }),
        fileName,
      ),
  });
}

/**
 * An image of a practice as an object URL for `<img src>`. The file is fetched through the API client
 * (so the request carries the bearer token and no token ever goes into an address); the URL is
 * revoked when the image is no longer shown.
 */
export function usePracticeImageUrl(practiceId: number, fileId: number | null | undefined): string | undefined {
  const api = useApi();
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (fileId === null || fileId === undefined) {
      setUrl(undefined);
      return;
    }
    const controller = new AbortController();
    let created: string | undefined;
    api
      .GET('/api/v1/practices/{id}/files/{fileId}', {
        params: { path: { id: practiceId, fileId } },
        parseAs: 'blob',
        signal: controller.signal,
      })
      .then(({ data, response }) => {
        // Not `instanceof Blob`: the fetch implementation's Blob need not be the window's.
        if (response.ok && data && !controller.signal.aborted) {
          created = URL.createObjectURL(data as Blob);
          setUrl(created);
        }
      })
      .catch(() => {
        // An image that cannot be fetched stays a placeholder; the page still works.
      });
    return () => {
      controller.abort();
      if (created) {
        URL.revokeObjectURL(created);
      }
      setUrl(undefined);
    };
  }, [api, practiceId, fileId]);
  return url;
}

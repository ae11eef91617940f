import type { TFunction } from 'i18next';
import { isApiProblem } from '@/lib/api/problem';
import { pickLanguage } from '@/lib/bilingual';

export interface UploadProblem {
  title: string;
  detail?: string;
}

/** Says plainly what went wrong with a file: too large (413), a type not accepted (415), or the server's own words. */
export function uploadProblemOf(error: unknown, fileName: string, t: TFunction, language: string): UploadProblem {
  if (isApiProblem(error) && error.status === 413) {
    return { title: t('reports.attachments.tooLarge'), detail: t('reports.attachments.tooLargeDetail', { name: fileName }) };
  }
  if (isApiProblem(error) && error.status === 415) {
    return { title: t('reports.attachments.wrongType'), detail: `${fileName}: ${t('reports.attachments.wrongTypeDetail')}` };
  }
  if (isApiProblem(error)) {
    return {
      title: pickLanguage(error.title, language),
      detail: error.detail ? pickLanguage(error.detail, language) : undefined,
    };
  }
  return { title: t('problem.unexpected') };
}

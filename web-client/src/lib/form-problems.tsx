import { App, type FormInstance } from 'antd';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { ApiProblem, isApiProblem, type FieldPath, type FieldProblem } from './api/problem';
import { pickLanguage } from './bilingual';

function samePath(a: FieldPath, b: readonly (string | number)[]) {
  return a.length === b.length && a.every((part, index) => String(part) === String(b[index]));
}

/**
 * Puts each `errors[].pointer` of a problem beside its form field (`/valueVnd` → field `valueVnd`)
 * and returns the errors no field of the form can show (parameters, unknown pointers), so the
 * caller can show them above the form instead of losing them.
 */
export function applyProblemToForm(form: FormInstance, problem: ApiProblem, language: string): FieldProblem[] {
  const registered = form.getFieldsError().map((field) => field.name);
  const byField = new Map<string, { name: FieldPath; errors: string[] }>();
  const unplaced: FieldProblem[] = [];

  for (const fieldProblem of problem.fieldProblems) {
    const path = fieldProblem.path;
    const name = path && registered.find((candidate) => samePath(path, candidate));
    if (!path || !name) {
      unplaced.push(fieldProblem);
      continue;
    }
    const key = JSON.stringify(path);
    const entry = byField.get(key) ?? { name: path, errors: [] };
    entry.errors.push(pickLanguage(fieldProblem.message, language));
    byField.set(key, entry);
  }

  form.setFields([...byField.values()]);
  return unplaced;
}

export interface StaleRecordOptions {
  /** Re-reads the record (e.g. a query's `refetch`). Without it the user is only told. */
  onReload?: () => unknown;
}

/**
 * The 412 answer: someone else saved the record after this page read it. Saving again would
 * overwrite their work, so the only way forward is to reload and redo the change.
 */
export function useStaleRecordDialog() {
  const { modal } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    ({ onReload }: StaleRecordOptions) => {
      if (onReload) {
        modal.confirm({
          title: t('problem.stale.title'),
          content: t('problem.stale.content'),
          okText: t('problem.stale.reload'),
          cancelText: t('problem.stale.later'),
          onOk: () => onReload(),
        });
      } else {
        modal.warning({ title: t('problem.stale.title'), content: t('problem.stale.contentNoReload') });
      }
    },
    [modal, t],
  );
}

/**
 * For actions outside a form (a confirm or agree button): the stale dialog on 412, otherwise a
 * notification with the server's own words.
 */
export function useProblemNotifier() {
  const { notification } = App.useApp();
  const { t, i18n } = useTranslation();
  const showStale = useStaleRecordDialog();
  return useCallback(
    (error: unknown, options: StaleRecordOptions = {}) => {
      if (isApiProblem(error) && error.isStale) {
        showStale(options);
        return;
      }
      const problem = isApiProblem(error) ? error : undefined;
      notification.error({
        title: problem ? pickLanguage(problem.title, i18n.language) : t('problem.unexpected'),
        description: problem?.detail ? pickLanguage(problem.detail, i18n.language) : undefined,
      });
    },
    [notification, showStale, t, i18n.language],
  );
}

/**
 * Server errors for a form: field errors beside their fields, the rest in an alert above the form,
 * and the stale-record dialog on 412.
 *
 *   const { alert, handleError, reset } = useFormProblems(form, { onReload: refetch });
 *   <Form form={form} onFinish={(v) => { reset(); save.mutate(v, { onError: handleError }); }}>
 *     {alert}
 */
export function useFormProblems(form: FormInstance, options: StaleRecordOptions = {}) {
  const { i18n } = useTranslation();
  const showStale = useStaleRecordDialog();
  const [shown, setShown] = useState<{ error: unknown; unplaced: FieldProblem[] } | null>(null);
  const { onReload } = options;

  const handleError = useCallback(
    (error: unknown) => {
      if (isApiProblem(error) && error.isStale) {
        setShown(null);
        showStale({ onReload });
        return;
      }
      const unplaced = isApiProblem(error) ? applyProblemToForm(form, error, i18n.language) : [];
      setShown({ error, unplaced });
    },
    [form, i18n.language, onReload, showStale],
  );

  const reset = useCallback(() => setShown(null), []);

  const alert: ReactNode = shown ? <ErrorAlert error={shown.error} extraErrors={shown.unplaced} /> : null;

  return { alert, handleError, reset };
}

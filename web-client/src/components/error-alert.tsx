import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiProblem, type FieldProblem } from '@/lib/api/problem';
import { pickLanguage } from '@/lib/bilingual';

interface ErrorAlertProps {
  error: unknown;
  /** Errors of a problem that no form field could show. */
  extraErrors?: FieldProblem[];
  onRetry?: () => unknown;
}

/** An API problem in the server's own words (in the interface language), or a generic message. */
export function ErrorAlert({ error, extraErrors = [], onRetry }: ErrorAlertProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const problem = isApiProblem(error) ? error : undefined;

  const title = problem ? pickLanguage(problem.title, language) : t('problem.unexpected');
  const lines: string[] = [];
  if (problem?.detail && problem.errors.length === 0) {
    lines.push(pickLanguage(problem.detail, language));
  }
  for (const fieldError of extraErrors) {
    const label = fieldError.parameter ?? fieldError.path?.join('.');
    const message = pickLanguage(fieldError.message, language);
    lines.push(label ? `${label}: ${message}` : message);
  }
  if (problem && problem.errors.length > 0 && extraErrors.length === 0) {
    lines.push(t('problem.checkFields'));
  }
  if (!problem && error instanceof Error && error.message) {
    lines.push(error.message);
  }

  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={title}
      description={
        lines.length > 0 ? (
          lines.length === 1 ? (
            lines[0]
          ) : (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )
        ) : undefined
      }
      action={
        onRetry ? (
          <Button size="small" onClick={() => onRetry()}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}

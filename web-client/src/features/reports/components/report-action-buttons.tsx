import {
  CheckCircleOutlined,
  RollbackOutlined,
  SaveOutlined,
  SendOutlined,
  StopOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportButton } from '../utils/report-buttons';

interface ReportActionButtonsProps {
  buttons: ReportButton[];
  busy: boolean;
  onSave: () => void;
  onSubmit: () => void;
  onAccept: () => void;
  onReturn: () => void;
  onExcuse: () => void;
  onReinstate: () => void;
}

/** Only the steps the API lists in `actions` for this caller, so nothing shown is refused. */
export function ReportActionButtons(props: ReportActionButtonsProps) {
  const { t } = useTranslation();
  const { buttons, busy } = props;
  const shown = (button: ReportButton) => buttons.includes(button);
  return (
    <>
      {shown('save') && (
        <Button icon={<SaveOutlined />} onClick={props.onSave} disabled={busy}>
          {t('reports.button.save')}
        </Button>
      )}
      {shown('submit') && (
        <Button type="primary" icon={<SendOutlined />} onClick={props.onSubmit} disabled={busy}>
          {t('reports.button.submit')}
        </Button>
      )}
      {shown('accept') && (
        <Button type="primary" icon={<CheckCircleOutlined />} onClick={props.onAccept} disabled={busy}>
          {t('reports.button.accept')}
        </Button>
      )}
      {shown('return') && (
        <Button danger icon={<RollbackOutlined />} onClick={props.onReturn} disabled={busy}>
          {t('reports.button.return')}
        </Button>
      )}
      {shown('excuse') && (
        <Button icon={<StopOutlined />} onClick={props.onExcuse} disabled={busy}>
          {t('reports.button.excuse')}
        </Button>
      )}
      {shown('reinstate') && (
        <Button icon={<UndoOutlined />} onClick={props.onReinstate} disabled={busy}>
          {t('reports.button.reinstate')}
        </Button>
      )}
    </>
  );
}

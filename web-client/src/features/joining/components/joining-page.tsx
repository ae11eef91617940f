import { PlusOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { useCan, useMe } from '@/lib/me';
import { paths } from '@/lib/paths';
import { InvitationsTab } from './invitations-tab';
import { RegistrationDrawer } from './registration-drawer';
import { RegistrationFormDrawer } from './registration-form-drawer';
import { RegistrationsTab } from './registrations-tab';
import { SendInvitationsDrawer } from './send-invitations-drawer';

/** Parses `?organizationIds=1,2` into ids, dropping anything that is not a positive whole number. */
export function parseIds(value: string | null): number[] {
  return (value ?? '')
    .split(',')
    .map((part) => Number(part.trim()))
    .filter((id) => Number.isInteger(id) && id > 0);
}

/**
 * "Tham gia chương trình": the province's invitations and the registrations to decide; a unit's own
 * invitations and registrations with the form to register; a district's registrations, read only.
 * The drawers are addresses (`/joining/invitations/new?organizationIds=…`, `/joining/registrations/12`)
 * so other screens and notices can open them.
 */
export function JoiningPage() {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [search] = useSearchParams();
  const { registrationId } = useParams();
  const isDistrict = me.data?.scope?.kind === 'district';
  const showInvitations = !isDistrict;
  const tab = search.get('tab') === 'registrations' || !showInvitations ? 'registrations' : 'invitations';
  const backToList = () => navigate(paths.joiningTab(tab));
  const invitationId = parseIds(search.get('invitationId'))[0];
  const detailId = registrationId !== undefined && registrationId !== 'new' ? Number(registrationId) : undefined;

  return (
    <>
      <PageHeader
        title={t('joining.title')}
        subtitle={t('joining.subtitle')}
        extra={
          <>
            {can('joining.manage') && (
              <Button type="primary" icon={<SendOutlined />} onClick={() => navigate(paths.newInvitations())}>
                {t('joining.invitation.send')}
              </Button>
            )}
            {can('joining.register') && (
              <Button icon={<PlusOutlined />} onClick={() => navigate(paths.newRegistration())}>
                {t('joining.registration.new')}
              </Button>
            )}
          </>
        }
      />
      {isDistrict && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('joining.districtNote')} />}
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate(paths.joiningTab(key as 'invitations' | 'registrations'))}
        items={[
          ...(showInvitations
            ? [{ key: 'invitations', label: t('joining.tabs.invitations'), children: <InvitationsTab /> }]
            : []),
          { key: 'registrations', label: t('joining.tabs.registrations'), children: <RegistrationsTab /> },
        ]}
      />
      {can('joining.manage') && (
        <SendInvitationsDrawer
          open={pathname === '/joining/invitations/new'}
          initialOrganizationIds={parseIds(search.get('organizationIds'))}
          onClose={() => navigate(paths.joiningTab('invitations'))}
        />
      )}
      {can('joining.register') && (
        <RegistrationFormDrawer
          open={pathname === '/joining/registrations/new'}
          invitationId={invitationId}
          onClose={() => navigate(paths.joiningTab('registrations'))}
        />
      )}
      <RegistrationDrawer id={detailId} onClose={backToList} />
    </>
  );
}

/** What other parts of the app may use from the support feature: the agreement page's tab. */
export { AgreementSupportTab } from './components/agreement-support-tab';

/** What other parts of the app may use from the visits feature: the agreement page's tab. */
export { AgreementVisitsTab } from './components/agreement-visits-tab';

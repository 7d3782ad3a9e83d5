// The dossiercheck's engine (the page /rekenhulpen/dossiercheck/ is built on it): the steps and their rules
// (steps.ts, from the poortwachter-planner's rules), the judgement (check.ts) and the address (query.ts). Pure: no
// DOM, no environment, no clock.
export {
  checkDossier,
  RISK_LABELS,
  STATUS_LABELS,
  type DossierCheck,
  type DossierInput,
  type DossierStepInput,
  type DossierStepResult,
  type DossierStepStatus,
  type RiskLevel,
} from './check';
export { DOSSIER_STEP_IDS, DOSSIER_STEPS, type DossierStepDefinition, type DossierStepId } from './steps';
export {
  DOSSIER_PARAMS,
  DOSSIER_UID_DOMAIN,
  dossierSearch,
  readDossierQuery,
  runDossierCheck,
  type DossierField,
  type DossierQuery,
  type DossierResult,
} from './query';
export { DOSSIER_CALENDAR, dossierCalendar } from './calendar';
export { DOSSIER_SERVICE_ID, dossierIntakeHref, INTAKE_PARAMS, INTAKE_PATH } from './intake-link';

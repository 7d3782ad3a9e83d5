// POST /api/aanbod: the offer intake, on demand (a serverless function on a serverless host, the Node server
// locally); every other method gets 405 from src/middleware.ts. The pipeline lives in src/server/intake/; without
// JavaScript the answer is rendered by /aanbieden/controleren/ (the form again) or /aanbieden/bedankt/.
import { intakeRoute } from '../../server/intake/route';
import { offerIntake, offerServices } from '../../server/intake/services';

export const prerender = false;

export const POST = intakeRoute(offerIntake, offerServices, {
  form: '/aanbieden/controleren/',
  received: '/aanbieden/bedankt/',
});

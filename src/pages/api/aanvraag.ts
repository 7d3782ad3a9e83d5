// POST /api/aanvraag: the employer's request, on the same pipeline as the offer (src/server/intake/); every other
// method gets 405 from src/middleware.ts. Without JavaScript the answer is rendered by /aanvragen/controleren/ (the
// form again) and /aanvragen/bedankt/ (the thank-you page), which read readIntakePageState(locals, 'aanvraag').
import { intakeRoute } from '../../server/intake/route';
import { requestIntake, requestServices } from '../../server/intake/services';

export const prerender = false;

export const POST = intakeRoute(requestIntake, requestServices, {
  form: '/aanvragen/controleren/',
  received: '/aanvragen/bedankt/',
});

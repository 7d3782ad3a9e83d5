// The Astro endpoint of an intake (src/pages/api/<intake>.ts is one line that calls this). A browser without
// JavaScript gets a page back: the form again (errors, a failure) or the thank-you page, rendered on demand by the
// intake's own pages with the state handed over in locals. The status and headers of the answer (Retry-After on a
// 429, Connection: close after a refused body, no caching) are set here, so every page carries them (L5).
import type { APIRoute } from 'astro';
import type { AnyIntake } from '../../lib/intake/definition';
import { withHeaders } from '../../lib/http/with-headers';
import type { IntakeDependencies } from './dependencies';
import { handleIntakeRequest, type PageOutcome } from './handle-intake';
import { setIntakePageState } from './page-state';

/** The pages that render an answer without JavaScript. */
export interface IntakePages {
  /** The form again, e.g. `/aanbieden/controleren/`. */
  form: string;
  /** The thank-you page, e.g. `/aanbieden/bedankt/`. */
  received: string;
}

export function intakeRoute(intake: () => AnyIntake, deps: () => IntakeDependencies, pages: IntakePages): APIRoute {
  return async (context) => {
    let clientAddress = 'onbekend';
    try {
      clientAddress = context.clientAddress;
    } catch {
      // Some hosts do not expose the address; all such clients then share one limit.
    }
    const outcome = await handleIntakeRequest(intake(), context.request, clientAddress, deps());
    if ('response' in outcome) return outcome.response;
    setIntakePageState(context.locals, intake().name, outcome.page);
    const page = outcome.page.kind === 'received' ? pages.received : pages.form;
    // The body has been read, so the page is rendered for a fresh GET request of its own.
    const rendered = await context
      .rewrite(new Request(new URL(page, context.url), { method: 'GET' }))
      .catch(() => undefined);
    if (!rendered || rendered.status === 404) {
      // The intake's page is missing or failed (an intake's pages never answer 404 themselves): the visitor still
      // learns what happened to the submission.
      console.error(
        `[${intake().name}] pagina ${page} niet getoond (${rendered?.status ?? 'fout'}), tekst in de plaats`,
      );
      return new Response(plainAnswer(outcome), {
        status: outcome.status,
        headers: { 'content-type': 'text/plain; charset=utf-8', ...outcome.headers },
      });
    }
    const answer = new Response(rendered.body, { status: outcome.status, headers: rendered.headers });
    return withHeaders(answer, outcome.headers);
  };
}

/** The outcome in plain words, for when the intake's page cannot be shown. */
function plainAnswer(outcome: PageOutcome): string {
  const { page } = outcome;
  if (page.kind === 'received')
    return `${page.message ?? 'Wij hebben het ontvangen. Dank u wel!'}\nUw referentie: ${page.reference}\n`;
  if (page.message) return `${page.message}\n`;
  const errors = Object.values(page.errors).filter(Boolean);
  return `Niet verstuurd. Verbeter deze antwoorden en verstuur het formulier opnieuw:\n${errors.map((e) => `- ${e}`).join('\n')}\n`;
}

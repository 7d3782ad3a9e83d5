// The production wiring of POST /api/aanbod: settings from the environment, one transport and one rate
// limiter per server process (per function instance on serverless), created on the first request.
import { bureau } from '../../config/bureau';
import { sectoren } from '../../config/sectoren';
import type { MailTransport } from '../mail/bericht';
import { EenmaligeTransport } from '../mail/eenmalig';
import { OutboxTransport } from '../mail/outbox-transport';
import { metTijdslimiet } from '../mail/met-tijdslimiet';
import { ResendTransport } from '../mail/resend-transport';
import type { AanbodAfhankelijkheden } from './handler';
import { leesInstellingen, type AanbodInstellingen } from './instellingen';
import { outboxGeweigerdReden } from './outbox-toegestaan';
import { vandaagInNederland } from './normaliseer';
import { RateLimiter } from './rate-limiter';

let diensten: AanbodAfhankelijkheden | undefined;

/** Used when the environment is misconfigured: every offer gets the "not sent" answer with all values kept. */
function nietIngesteld(reden: string): MailTransport {
  return { naam: 'niet-ingesteld', verstuur: async () => ({ geaccepteerd: false, reden }) };
}

export function aanbodDiensten(): AanbodAfhankelijkheden {
  if (diensten) return diensten;
  let instellingen: AanbodInstellingen;
  let transport: MailTransport;
  try {
    instellingen = leesInstellingen(process.env, bureau);
    const outboxGeweigerd = outboxGeweigerdReden(__DEPLOY_TARGET__, instellingen.resend !== undefined);
    if (outboxGeweigerd) console.error(`[aanbod] ${outboxGeweigerd}`);
    transport = instellingen.resend
      ? metTijdslimiet(new ResendTransport(instellingen.resend.apiKey, instellingen.resend.baseUrl))
      : outboxGeweigerd
        ? nietIngesteld(outboxGeweigerd)
        : new OutboxTransport(instellingen.outboxMap);
  } catch (fout) {
    console.error(`[aanbod] ${(fout as Error).message}`);
    instellingen = leesInstellingen({}, bureau);
    transport = nietIngesteld((fout as Error).message);
  }
  diensten = {
    transport: new EenmaligeTransport(transport),
    rateLimiter: new RateLimiter(instellingen.rateLimit.max, instellingen.rateLimit.vensterMs),
    bureau,
    sectoren,
    ontvangers: instellingen.ontvangers,
    afzender: instellingen.afzender,
    vandaag: () => vandaagInNederland(),
    log: (melding) => console.error(`[aanbod] ${melding}`),
  };
  return diensten;
}

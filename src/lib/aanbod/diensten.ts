// The production wiring of POST /api/aanbod: settings from the environment, one transport and one rate
// limiter per server process, created on the first request.
import { bureau } from '../../config/bureau';
import { sectoren } from '../../config/sectoren';
import type { MailTransport } from '../mail/bericht';
import { EenmaligeTransport } from '../mail/eenmalig';
import { OutboxTransport } from '../mail/outbox-transport';
import { ResendTransport } from '../mail/resend-transport';
import type { AanbodAfhankelijkheden } from './handler';
import { leesInstellingen } from './instellingen';
import { vandaagInNederland } from './normaliseer';
import { RateLimiter } from './rate-limiter';

let diensten: AanbodAfhankelijkheden | undefined;

export function aanbodDiensten(): AanbodAfhankelijkheden {
  if (diensten) return diensten;
  const instellingen = leesInstellingen(process.env, bureau);
  const transport: MailTransport = instellingen.resend
    ? new ResendTransport(instellingen.resend.apiKey, instellingen.resend.baseUrl)
    : new OutboxTransport(instellingen.outboxMap);
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

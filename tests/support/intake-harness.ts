// Calls the shared intake pipeline (src/server/intake/handle-intake.ts) the way the endpoint does, with the real
// Resend SDK against the local fake Resend and, when asked, a real webhook sender against the local fake receiver.
import type { AnyIntake } from '../../src/lib/intake/definition';
import { RateLimiter } from '../../src/lib/intake/rate-limiter';
import { RetryQueue } from '../../src/server/delivery/retry-queue';
import { createWebhookSender } from '../../src/server/delivery/webhook-sender';
import type { IntakeDependencies } from '../../src/server/intake/dependencies';
import { handleIntakeRequest, type IntakeOutcome, type PageOutcome } from '../../src/server/intake/handle-intake';
import { DeduplicatingTransport } from '../../src/server/mail/deduplicating-transport';
import { ResendTransport } from '../../src/server/mail/resend-transport';
import { TEST_WEBHOOK_SECRET } from './fake-webhook.mjs';
import { fixtureBureau } from './fixture-bureau';

export type TestDependencies = IntakeDependencies & { lines: string[] };

/** Dependencies as in production, pointed at the fakes; `retryDelaysMs` turns on background retries. */
export function testDependencies(
  intake: AnyIntake,
  fakes: { resendUrl: string; webhookUrl?: string },
  overrides: Partial<IntakeDependencies> & { retryDelaysMs?: number[] } = {},
): TestDependencies {
  const lines: string[] = [];
  const { retryDelaysMs, ...rest } = overrides;
  const log = (line: string) => lines.push(line);
  return {
    mail: new DeduplicatingTransport(new ResendTransport('re_test_123', fakes.resendUrl)),
    webhook: fakes.webhookUrl
      ? createWebhookSender({ url: fakes.webhookUrl, secret: TEST_WEBHOOK_SECRET, eventType: intake.webhookEventType })
      : undefined,
    retries: retryDelaysMs ? new RetryQueue(log, retryDelaysMs) : undefined,
    rateLimiter: new RateLimiter(100, 60_000),
    bureau: fixtureBureau,
    recipients: ['ontvanger@bureau.example'],
    sender: 'Bureau <website@bureau.example>',
    today: () => '2026-06-15',
    log,
    lines,
    ...rest,
  };
}

export function jsonRequest(body: unknown, path = '/api/aanbod'): Request {
  return new Request(`http://localhost${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function formRequest(input: Record<string, string>, path = '/api/aanbod'): Request {
  return new Request(`http://localhost${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(input).toString(),
  });
}

/** Runs one request through the pipeline. */
export function submit(intake: AnyIntake, request: Request, deps: IntakeDependencies, client = '203.0.113.9') {
  return handleIntakeRequest(intake, request, client, deps);
}

export function response(outcome: IntakeOutcome): Response {
  if (!('response' in outcome)) throw new Error(`expected a response, got the page ${outcome.page.kind}`);
  return outcome.response;
}

export function page(outcome: IntakeOutcome): PageOutcome {
  if ('response' in outcome) throw new Error(`expected a page, got status ${outcome.response.status}`);
  return outcome;
}

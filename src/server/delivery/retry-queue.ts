// Finishes a delivery in the background. After a partial delivery (the mail accepted but the webhook not, or the
// other way round) the visitor is told that the bureau has the submission, so the server itself retries the missing
// channel, with the same idempotency key or webhook-id: the receiver never gets it twice. The queue lives in the
// process's memory: on the Node server it runs until the process stops; on a serverless platform an instance may be
// frozen after the answer, so retries there are best effort (the README says so). Every outcome is logged.
import type { DeliveryResult } from '../../lib/mail/message';

/** Waits before the retries: quickly at first, then spread over about two hours. */
export const RETRY_DELAYS_MS = [5_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000] as const;
/** Time one background attempt may take. */
const ATTEMPT_TIMEOUT_MS = 30_000;

export class RetryQueue {
  #pending = 0;

  constructor(
    readonly log: (line: string) => void,
    readonly delaysMs: readonly number[] = RETRY_DELAYS_MS,
    readonly maxPending = 1_000,
  ) {}

  /** Retries still waiting. */
  get pending(): number {
    return this.#pending;
  }

  /** Retries `attempt` until it is accepted, refused as a conflict, or the delays run out. */
  schedule(label: string, attempt: (signal: AbortSignal) => Promise<DeliveryResult>): void {
    if (this.#pending >= this.maxPending) {
      this.log(`${label}: NIET opnieuw geprobeerd, de wachtrij is vol`);
      return;
    }
    this.#pending++;
    const done = (line: string) => {
      this.#pending--;
      this.log(line);
    };
    const run = (index: number) => {
      const timer = setTimeout(async () => {
        const result = await attempt(AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)).catch(
          (error: unknown): DeliveryResult => ({
            status: 'unknown',
            reason: (error as Error).message,
            cause: 'connection',
          }),
        );
        if (result.status === 'accepted') return done(`${label}: alsnog afgeleverd bij poging ${index + 2}`);
        if (result.status === 'conflict') return done(`${label}: OPGEGEVEN, ${result.reason}`);
        if (index + 1 < this.delaysMs.length) {
          this.log(
            `${label}: poging ${index + 2} mislukt (${result.reason}), volgende over ${this.delaysMs[index + 1]} ms`,
          );
          return run(index + 1);
        }
        done(`${label}: OPGEGEVEN na ${index + 2} pogingen (${result.reason}); handel dit met de hand af`);
      }, this.delaysMs[index]);
      timer.unref?.();
    };
    run(0);
  }
}

// On a serverless platform the local outbox would write to a temporary, per-instance disk: a message would
// be reported as sent and then vanish. There, only a real mail provider may accept a submission.
import { hasPersistentDisk, type DeployTarget } from '../../lib/deploy-target.mjs';

/** Why the outbox may not be used on `target` without RESEND_API_KEY, or undefined when it may. */
export function outboxRefusal(target: DeployTarget, hasResend: boolean): string | undefined {
  if (hasResend || hasPersistentDisk(target)) return undefined;
  return `RESEND_API_KEY ontbreekt: de lokale outbox werkt niet op ${target} (geen blijvende schijf), dus wordt niets verstuurd`;
}

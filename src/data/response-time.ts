// The bureau's response-time promise for a request, in working days (bureau.yaml `reactietijdWerkdagen`).
import { bureau } from './bureau';

export function responseTimeWorkingDays(): number {
  return bureau.reactietijdWerkdagen;
}

// The bureau's response-time promise for a request, in working days. Read from bureau.yaml (`reactietijdWerkdagen`)
// once the bureau schema has that field; until then undefined, and the texts say "zo snel mogelijk"
// (src/lib/request/screen-texts.ts).
import { bureau } from './bureau';

export function responseTimeWorkingDays(): number | undefined {
  const days = (bureau as { reactietijdWerkdagen?: unknown }).reactietijdWerkdagen;
  return typeof days === 'number' && Number.isInteger(days) && days > 0 ? days : undefined;
}

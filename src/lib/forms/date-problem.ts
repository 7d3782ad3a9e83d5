// What is wrong with a date typed in the three boxes, in the words of the GOV.UK date pattern. Apart from
// date-parts.ts: the server's schemas and the calculators check dates, the intake islands (which leave that to the
// server) do not load it.
import { isIsoDate } from '../format/iso-date';
import { DATE_PART_NAMES, splitDateValue, type DatePart } from './date-parts';

const PART_WORDS: Record<DatePart, string> = { dag: 'een dag', maand: 'een maand', jaar: 'een jaar' };

/** A list in Dutch: "een dag", "een dag en een maand". */
const listOf = (words: string[]) =>
  words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} en ${words[words.length - 1]}`;

/**
 * What is wrong with a non-empty date value, as a Dutch sentence about `subject` (e.g. "Eerste ziektedag"), or
 * undefined for a real date `YYYY-MM-DD`. Messages follow GOV.UK: name the missing box, else say it must be real.
 */
export function dateProblem(value: string, subject: string): string | undefined {
  if (isIsoDate(value)) return undefined;
  const parts = splitDateValue(value);
  const missing = DATE_PART_NAMES.filter((name) => parts[name].trim() === '');
  if (missing.length > 0 && missing.length < 3)
    return `${subject} moet ${listOf(missing.map((name) => PART_WORDS[name]))} bevatten`;
  if (/^[0-9]{1,2}$/.test(parts.dag) && /^[0-9]{1,2}$/.test(parts.maand) && !/^[0-9]{4}$/.test(parts.jaar))
    return `Het jaar van ${lowerFirst(subject)} moet uit 4 cijfers bestaan, bijvoorbeeld 2026`;
  return `${subject} moet een echte datum zijn`;
}

/** The subject as it reads inside a sentence: "de eerste ziektedag" stays readable ("Eerste" → "eerste"). */
function lowerFirst(subject: string): string {
  return `de ${subject.charAt(0).toLowerCase()}${subject.slice(1)}`;
}

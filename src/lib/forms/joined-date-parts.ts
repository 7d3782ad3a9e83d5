// A form's dates typed in three boxes, joined into the one value a shared address carries. Apart from date-parts.ts:
// only the calculators' "Kopieer link" script needs it.
import { joinDateParts } from './date-parts';

/**
 * A form's query with every date typed in three boxes (`name-dag`, `name-maand`, `name-jaar`) as one parameter
 * `name=jaar-maand-dag`, in the place of its day box: the canonical address of a form, as a share link carries it.
 * Other parameters pass unchanged.
 */
export function withJoinedDateParts(query: URLSearchParams): URLSearchParams {
  const joined = new URLSearchParams();
  for (const [name, value] of query) {
    const [, date, part] = /^(.+)-(dag|maand|jaar)$/.exec(name) ?? [];
    const maand = query.get(`${date}-maand`);
    const jaar = query.get(`${date}-jaar`);
    if (date === undefined || maand === null || jaar === null || !query.has(`${date}-dag`)) joined.append(name, value);
    else if (part === 'dag') joined.append(date, joinDateParts({ dag: value, maand, jaar }));
  }
  return joined;
}

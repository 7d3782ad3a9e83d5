// A form's dates typed in three boxes, joined into the one value a shared address carries. Only the calculators'
// "Kopieer link" script needs it. It imports nothing: the script runs on every article with a calculator, which may load
// Astro's island runtime and this script and nothing else (an import would add a shared file, date-parts.ts, to every
// such article). So it joins the boxes itself, exactly as joinDateParts in date-parts.ts does (a unit test holds
// them equal).

/** A one-digit day or month padded ("5" → "05"); anything else as typed, trimmed. */
const pad = (box: string) => (/^[0-9]$/.test(box.trim()) ? `0${box.trim()}` : box.trim());

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
    else if (part === 'dag')
      joined.append(
        date,
        [value, maand, jaar].every((box) => box.trim() === '') ? '' : `${jaar.trim()}-${pad(maand)}-${pad(value)}`,
      );
  }
  return joined;
}

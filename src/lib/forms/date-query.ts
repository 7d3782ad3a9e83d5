// Dates in a query string or a form's entries: the single `name=YYYY-MM-DD` that links carry, or the three boxes
// (`name-dag`, `name-maand`, `name-jaar`) that a GET submit of the GOV.UK date input sends. Apart from date-parts.ts so
// the calculator islands, which never read an address, do not load it (withJoinedDateParts in joined-date-parts.ts writes one).
import { DATE_PART_NAMES, datePartName, joinDateParts } from './date-parts';

/**
 * A date from a query string, in both shapes an address may carry: the single `name=YYYY-MM-DD` (links shared before
 * the boxes existed, and the links pages build) when it holds a value, else the three boxes `name-dag`, `name-maand`
 * and `name-jaar` joined (what a GET submit of the boxes sends, so a wrong date keeps its boxes). Null when the query
 * holds neither (nothing was submitted), '' when it holds them empty.
 */
export function readDateParam(params: URLSearchParams, name: string): string | null {
  const single = params.get(name);
  if (single !== null && single.trim() !== '') return single;
  const [dag, maand, jaar] = DATE_PART_NAMES.map((part) => params.get(datePartName(name, part)));
  if (dag === null && maand === null && jaar === null) return single;
  return joinDateParts({ dag: dag ?? '', maand: maand ?? '', jaar: jaar ?? '' });
}

/** True when a query string holds a date as three boxes (`<name>-dag`, …): a GET submit of a form, not a built link. */
export function isBoxesSearch(search: string): boolean {
  const names = new Set(new URLSearchParams(search).keys());
  return [...names].some((name) => {
    const match = /^(.+)-dag$/.exec(name);
    return match !== null && DATE_PART_NAMES.every((part) => names.has(datePartName(match[1]!, part)));
  });
}

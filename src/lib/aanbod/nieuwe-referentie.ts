/**
 * A random UUID as the reference of one submission. Outside a secure context (plain http on a network address)
 * browsers have no randomUUID: then it is empty and the server derives the reference from the offer's content,
 * which keeps a retry of the same answers just as idempotent.
 */
export function nieuweReferentie(bron: Partial<Pick<Crypto, 'randomUUID'>> = crypto): string {
  return bron.randomUUID?.() ?? '';
}

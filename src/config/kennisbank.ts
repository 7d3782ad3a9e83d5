// Topics and authors of the kennisbank, validated at build time (a bad file stops the build).
import rawOnderwerpen from '../../content/onderwerpen.yaml?raw';
import rawAuteurs from '../../content/auteurs.yaml?raw';
import { parseAuteurs, parseOnderwerpen, type Auteur, type Onderwerp } from '../lib/kennisbank/taxonomy-schema';

export const onderwerpen: readonly Onderwerp[] = parseOnderwerpen(rawOnderwerpen);
export const auteurs: readonly Auteur[] = parseAuteurs(rawAuteurs);

/** The topic with this id (ids in articles are validated against this list, so it exists). */
export function onderwerpById(id: string): Onderwerp {
  return onderwerpen.find((o) => o.id === id) as Onderwerp;
}

/** The author with this id (validated like topics). */
export function auteurById(id: string): Auteur {
  return auteurs.find((a) => a.id === id) as Auteur;
}

// The components editors can use in every article without an import (see content/README.md).
import Callout from './Callout.astro';
import Kerncijfers from './Kerncijfers.astro';
import Kerncijfer from './Kerncijfer.astro';
import PoortwachterTijdlijn from './PoortwachterTijdlijn.astro';
import VeelgesteldeVragen from './VeelgesteldeVragen.astro';
import Voorbeeld from './Voorbeeld.astro';
import RekenhulpEmbed from '../rekenhulpen/RekenhulpEmbed.astro';

export const articleComponents = {
  Callout,
  Kerncijfers,
  Kerncijfer,
  PoortwachterTijdlijn,
  VeelgesteldeVragen,
  Voorbeeld,
  Rekenhulp: RekenhulpEmbed,
};

/** The fixed audiences an article can be written for (frontmatter `doelgroep`). */
export const DOELGROEP_IDS = ['inlener', 'werkgever', 'werknemer'] as const;

/** One audience id. */
export type DoelgroepId = (typeof DOELGROEP_IDS)[number];

/** How an audience is shown to visitors. */
export interface Doelgroep {
  /** Id used in frontmatter and in the URL /kennisbank/voor/<id>/. */
  id: DoelgroepId;
  /** Short label, e.g. in article metadata. */
  naam: string;
  /** Heading of the audience page. */
  titel: string;
  /** One sentence shown on the audience page and in navigation. */
  omschrijving: string;
}

export const doelgroepen: readonly Doelgroep[] = [
  {
    id: 'inlener',
    naam: 'Inlener',
    titel: 'Voor organisaties die een werkervaringsplaats bieden',
    omschrijving: 'U overweegt een werkervaringsplaats te bieden aan iemand die elders ziek is geworden.',
  },
  {
    id: 'werkgever',
    naam: 'Werkgever',
    titel: 'Voor werkgevers met een langdurig zieke werknemer',
    omschrijving: 'Uw werknemer is langdurig ziek en terugkeer in het eigen werk lukt niet.',
  },
  {
    id: 'werknemer',
    naam: 'Werknemer',
    titel: 'Voor werknemers in het tweede spoor',
    omschrijving: 'U bent langdurig ziek en zoekt werk bij een andere organisatie.',
  },
];

/** The audience with this id (ids are validated by the schema, so it always exists). */
export function doelgroepById(id: DoelgroepId): Doelgroep {
  return doelgroepen.find((d) => d.id === id) as Doelgroep;
}

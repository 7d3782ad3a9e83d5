/** The fixed audiences an article can be written for (frontmatter `doelgroep`). */
export const AUDIENCE_IDS = ['inlener', 'werkgever', 'werknemer'] as const;

/** One audience id. */
export type AudienceId = (typeof AUDIENCE_IDS)[number];

/** How an audience is shown to visitors. */
export interface Audience {
  /** Id used in frontmatter and in the URL /kennisbank/voor/<id>/. */
  id: AudienceId;
  /** Heading of the audience page and its link text. */
  title: string;
  /** One sentence shown on the audience page. */
  description: string;
}

export const audiences: readonly Audience[] = [
  {
    id: 'inlener',
    title: 'Voor organisaties die een werkervaringsplaats bieden',
    description: 'U overweegt een werkervaringsplaats te bieden aan iemand die elders ziek is geworden.',
  },
  {
    id: 'werkgever',
    title: 'Voor werkgevers met een langdurig zieke werknemer',
    description: 'Uw werknemer is langdurig ziek en terugkeer in het eigen werk lukt niet.',
  },
  {
    id: 'werknemer',
    title: 'Voor werknemers in het tweede spoor',
    description: 'U bent langdurig ziek en zoekt werk bij een andere organisatie.',
  },
];

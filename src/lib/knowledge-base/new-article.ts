// What `npm run nieuw-artikel` writes: the file name from the title and a valid draft.

/** Turns a Dutch title into a URL slug: lowercase ASCII words joined by hyphens ("Wat kost één dag?" → "wat-kost-een-dag"). */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

/** Builds the text of a new article file: valid frontmatter with placeholders, saved as a draft. */
export function newArticleSource(title: string, today: Date): string {
  const date = today.toISOString().slice(0, 10);
  const quotedTitle = JSON.stringify(title.trim());
  return `---
titel: ${quotedTitle}
omschrijving: Vervang deze zin door een korte samenvatting van het artikel (50 tot 160 tekens).
gepubliceerd: ${date}
bijgewerkt: ${date}
feitenGecontroleerd: ${date}
doelgroep: [inlener]
onderwerpen: [werkervaringsplaats]
auteur: redactie
concept: true
bronnen:
  - titel: Vervang door de naam van de bron
    url: https://www.uwv.nl/
    geraadpleegd: ${date}
---

## Eerste tussenkop

Schrijf hier de eerste alinea. Gebruik korte zinnen en spreek de lezer aan met "u".

<Callout soort="tip" titel="Goed om te weten">
Een korte tip of aandachtspunt.
</Callout>
`;
}

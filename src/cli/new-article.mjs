// Creates a new kennisbank article (a draft) from a title: npm run nieuw-artikel -- "Titel van het artikel"
import './require-node.mjs';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { todayInNetherlands } from '../lib/format/dates.ts';
import { newArticleSource, slugify } from '../lib/knowledge-base/new-article.ts';
import { contentLabel, contentPath } from './content-dir.mjs';

const title = process.argv.slice(2).join(' ').trim();
if (title.length < 10 || title.length > 90) {
  console.error(
    'Geef een titel van 10 tot 90 tekens, bijvoorbeeld: npm run nieuw-artikel -- "Wat kost een zieke werknemer?"',
  );
  process.exit(1);
}

// The kennisbank of the content folder (CONTENT_DIR, default content/).
const folder = contentPath('kennisbank');
const slug = slugify(title);
const file = join(folder, `${slug}.mdx`);
if (existsSync(file)) {
  console.error(`Er bestaat al een artikel met dit webadres: ${contentLabel('kennisbank', `${slug}.mdx`)}`);
  process.exit(1);
}
mkdirSync(folder, { recursive: true });
// Dated today in the Netherlands (the article's dates are calendar days there), as a draft.
writeFileSync(file, newArticleSource(title, new Date(`${todayInNetherlands()}T00:00:00Z`)), { flag: 'wx' });
console.log(`Nieuw artikel (concept): ${contentLabel('kennisbank', `${slug}.mdx`)}`);
console.log(`Webadres na publicatie: /kennisbank/${slug}/`);
console.log(
  'Vul de velden bovenaan in en zet "concept: false" als het artikel klaar is; een datum "gepubliceerd" in de toekomst plant het. Zie content/BESTANDEN.md.',
);

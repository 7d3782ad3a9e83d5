// Writes synthetic kennisbank articles with valid frontmatter and realistic bodies (headings, lists, components).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const topics = [
  'werkervaringsplaats',
  'tweede-spoor',
  'poortwachter',
  'no-riskpolis',
  'loonkostenvoordeel',
  'verzuimkosten',
  'afspraken-en-verzekering',
  'begeleiding',
];
const audiences = ['inlener', 'werkgever', 'werknemer'];
const words =
  'werkgever werknemer plaatsing begeleider afspraken verzekering evaluatie tweede spoor taken ritme ervaring bedrijfsarts kosten uren overeenkomst detachering kandidaat organisatie vertrouwen contract'.split(
    ' ',
  );

/** A deterministic paragraph of about `count` words. */
function paragraph(seed, count) {
  const out = [];
  for (let i = 0; i < count; i += 1) out.push(words[(seed * 7 + i * 13) % words.length]);
  out[0] = out[0].charAt(0).toUpperCase() + out[0].slice(1);
  return `${out.join(' ')}.`;
}

function article(n) {
  const id = String(n).padStart(4, '0');
  const day = String((n % 28) + 1).padStart(2, '0');
  const month = String((n % 12) + 1).padStart(2, '0');
  const articleTopics = [topics[n % topics.length], topics[(n * 3 + 1) % topics.length]].filter(
    (t, i, all) => all.indexOf(t) === i,
  );
  const faq =
    n % 3 === 0
      ? `veelgesteldeVragen:\n  - vraag: Wat is de vraag bij artikel ${id}?\n    antwoord: ${paragraph(n, 25)}\n`
      : '';
  const sections = [1, 2, 3, 4]
    .map(
      (s) =>
        `## Onderdeel ${s} van artikel ${id}\n\n${paragraph(n + s, 60)}\n\n### Verdieping ${s}\n\n${paragraph(n + s * 2, 50)}\n\n- ${paragraph(s, 8)}\n- ${paragraph(s + 1, 8)}\n`,
    )
    .join('\n');
  return `---
titel: Synthetisch artikel ${id} over ${articleTopics[0]}
omschrijving: Dit is een automatisch gemaakt artikel (${id}) om te meten hoe snel de kennisbank bouwt met veel artikelen.
gepubliceerd: 2025-${month}-${day}
bijgewerkt: 2026-${month}-${day}
feitenGecontroleerd: 2026-${month}-${day}
doelgroep: [${audiences[n % 3]}]
onderwerpen: [${articleTopics.join(', ')}]
auteur: redactie
${n % 50 === 0 ? 'concept: true\n' : ''}${faq}bronnen:
  - titel: UWV
    url: https://www.uwv.nl/werkgevers/
---

${sections}
<Callout soort="${['info', 'let-op', 'tip'][n % 3]}" titel="Let op bij ${id}">
${paragraph(n, 30)}
</Callout>
${n % 10 === 0 ? '\n<Kerncijfers titel="Kerncijfers">\n  <Kerncijfer waarde="€ 3,05" jaar="2026" bron="https://www.uwv.nl/" bronNaam="UWV">per uur</Kerncijfer>\n</Kerncijfers>\n' : ''}${n % 25 === 0 ? '\n<PoortwachterTijdlijn />\n' : ''}${faq ? '\n<VeelgesteldeVragen />\n' : ''}`;
}

/** Writes `count` articles into `folder`; returns how many are published (not drafts). */
export function generateArticles(folder, count) {
  mkdirSync(folder, { recursive: true });
  let published = 0;
  for (let n = 1; n <= count; n += 1) {
    writeFileSync(join(folder, `synthetisch-artikel-${String(n).padStart(4, '0')}.mdx`), article(n));
    if (n % 50 !== 0) published += 1;
  }
  return published;
}

// Official sources first: an article sentence that states a statutory figure and cites a source must cite an official
// one when facts.md lists one. The figures, their phrases and the official addresses are a small hand-kept mapping in
// tests/fixtures/official-sources.json (not a crawler); the check reads the links an editor wrote next to the figure.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, contentLabel, contentPath } from '../../../src/cli/content-dir.mjs';
import { inlineText, splitSentences } from '../../../src/lib/knowledge-base/figure-rule';

/** One statutory figure of the mapping. */
interface OfficialSourceEntry {
  id: string;
  /** Regular expression for the figure or rule phrase, case-insensitive. */
  phrase: string;
  /** Optional regular expression that must also occur in the sentence or the one before (the topic). */
  context?: string;
  /** Address prefixes (without protocol and "www.") of official pages that state it. */
  official: string[];
  /** Official pages whose stored copy does not state the figure: citing only these is wrong as well. */
  notSupportedBy?: string[];
}

/** A sentence or key figure as the reader sees it, with the external addresses it cites. */
interface Claim {
  text: string;
  links: string[];
}

const mapping = JSON.parse(
  readFileSync(new URL('../../fixtures/official-sources.json', import.meta.url), 'utf8'),
) as { entries: OfficialSourceEntry[] };

const EXTERNAL_LINK = /\]\((https?:\/\/[^)\s]+)\)/g;
const KEY_FIGURE = /<Kerncijfer\b([^>]*)>([\s\S]*?)<\/Kerncijfer>/g;
const attribute = (attributes: string, name: string) =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1] ?? '';
/** An address without protocol and "www.", so prefixes compare the same whatever the editor typed. */
const bare = (url: string) => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\\/g, '');

/** The sentences, list items, table rows and key figures of an article body, each with the addresses it cites. */
function claimsOf(body: string): Claim[] {
  const claims: Claim[] = [];
  const withoutExamples = body
    .replace(/<Voorbeeld\b[\s\S]*?<\/Voorbeeld>/g, '\n\n')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(KEY_FIGURE, (_, attributes: string, content: string) => {
      claims.push({
        text: `${attribute(attributes, 'waarde')} ${inlineText(content)}`,
        links: [attribute(attributes, 'bron')].filter(Boolean),
      });
      return '\n\n';
    });
  const blocks: string[] = [];
  let block: string[] = [];
  const flush = () => {
    if (block.length > 0) blocks.push(block.join(' '));
    block = [];
  };
  for (const line of withoutExamples.split('\n').map((l) => l.trim())) {
    if (line === '' || /^</.test(line)) flush();
    else if (/^(#{1,6}\s|\||[-*+]\s|\d+[.)]\s)/.test(line)) {
      flush();
      block.push(line);
    } else block.push(line);
  }
  flush();
  for (const raw of blocks)
    for (const sentence of splitSentences(raw))
      claims.push({ text: inlineText(sentence), links: [...sentence.matchAll(EXTERNAL_LINK)].map((m) => m[1]!) });
  return claims;
}

/** Every sentence that states a mapped figure and cites sources, none of them official (or only unsupporting ones). */
function officialSourceViolations(body: string, entries: readonly OfficialSourceEntry[]): string[] {
  const claims = claimsOf(body);
  return claims.flatMap((claim, index) => {
    const previous = claims[index - 1];
    const links = [...claim.links, ...(previous?.links ?? [])].map(bare);
    const nearbyText = `${previous?.text ?? ''} ${claim.text}`;
    return entries.flatMap((entry) => {
      if (!new RegExp(entry.phrase, 'iu').test(claim.text)) return [];
      if (entry.context && !new RegExp(entry.context, 'iu').test(nearbyText)) return [];
      if (links.length === 0) return [];
      const official = links.some((link) => entry.official.some((prefix) => link.startsWith(prefix)));
      // The figure's own citation, not the sentence before, must not be a page that lacks it.
      const own = claim.links.map(bare);
      const onlyUnsupporting =
        entry.notSupportedBy !== undefined &&
        own.length > 0 &&
        own.every((link) => entry.notSupportedBy!.some((prefix) => link.startsWith(prefix)));
      if (onlyUnsupporting) return [`${entry.id} (deze pagina noemt het cijfer niet): ${claim.text}`];
      if (entry.official.length > 0 && !official) return [`${entry.id} (geen officiële bron): ${claim.text}`];
      return [];
    });
  });
}

const entry = (id: string) => mapping.entries.filter((e) => e.id === id);

describe('the official-source check', () => {
  it('fails a statutory figure backed only by a non-official source', () => {
    expect(
      officialSourceViolations(
        'U betaalt het loon [104 weken door](https://pootarbeidsrecht.nl/x).',
        entry('loondoorbetaling-104-weken'),
      ),
    ).toEqual(['loondoorbetaling-104-weken (geen officiële bron): U betaalt het loon 104 weken door.']);
    expect(
      officialSourceViolations(
        '<Kerncijfer waarde="104 weken" jaar="2026" bron="https://www.legal8.nl/x" bronNaam="Legal8">\n  loon bij ziekte\n</Kerncijfer>',
        entry('loondoorbetaling-104-weken'),
      ),
    ).toHaveLength(1);
  });

  it('accepts an official source in the sentence or the one before, and a sentence that cites nothing', () => {
    const entries = entry('loondoorbetaling-104-weken');
    expect(
      officialSourceViolations(
        'U betaalt [104 weken](https://pootarbeidsrecht.nl/x) ([art. 7:629 BW](https://wetten.overheid.nl/y)).',
        entries,
      ),
    ).toEqual([]);
    expect(
      officialSourceViolations('Dat staat in [de wet](https://wetten.overheid.nl/y). U betaalt 104 weken door.', entries),
    ).toEqual([]);
    expect(officialSourceViolations('U betaalt 104 weken door (art. 7:629 BW).', entries)).toEqual([]);
    expect(officialSourceViolations('Lees [meer](/kennisbank/x/) over 104 weken.', entries)).toEqual([]);
  });

  it('only applies an entry in its context, and flags an official page that does not state the figure', () => {
    expect(
      officialSourceViolations('Een plaatsing duurt [drie maanden](https://www.personplus.nl/x).', entry('doelgroepverklaring-drie-maanden')),
    ).toEqual([]);
    expect(
      officialSourceViolations(
        'Vraag de doelgroepverklaring [binnen drie maanden](https://www.personplus.nl/x) aan.',
        entry('doelgroepverklaring-drie-maanden'),
      ),
    ).toHaveLength(1);
    expect(
      officialSourceViolations(
        'Het maximum is [€ 304,25 in 2026 (UWV)](https://www.uwv.nl/particulieren/bedragen/detail/maximumdagloon).',
        entry('maximumdagloon-2026'),
      ),
    ).toEqual([
      'maximumdagloon-2026 (deze pagina noemt het cijfer niet): Het maximum is € 304,25 in 2026 (UWV).',
    ]);
  });
});

describe(`official sources in the real articles (${contentDir.label}/)`, () => {
  const folder = contentPath('kennisbank');
  const articles = readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({
      file: contentLabel(join('kennisbank', name)),
      body: readFileSync(join(folder, name), 'utf8').split(/^---\s*$/m).slice(2).join('---'),
    }));

  it('cite an official source for every mapped statutory figure they back with a source', () => {
    expect(articles.length).toBeGreaterThan(0);
    const mentions = articles.flatMap(({ body }) =>
      claimsOf(body).filter((claim) => mapping.entries.some((e) => new RegExp(e.phrase, 'iu').test(claim.text))),
    );
    expect(mentions.length).toBeGreaterThan(0);
    expect(
      articles.flatMap(({ file, body }) =>
        officialSourceViolations(body, mapping.entries).map((message) => `${file}: ${message}`),
      ),
    ).toEqual([]);
  });
});

// The glossary terms in the built articles: the first use of every glossary term in an article's text explains itself
// (a button with the definition in a popover that links to the term on /kennisbank/begrippen/), and no term twice. Reads the real output in dist/client and the
// glossary it was built with (begrippen.yaml of the content under test), so it proves what visitors get (the Markdown
// plugin has its own unit tests).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { createTermMatcher, glossaryIdFromHref, type TermMatcher } from '../../src/lib/knowledge-base/glossary';
import { publishedArticles } from '../browser/knowledge-base/article-files';
import { assertBuildOfTestedContent, CLIENT_DIR } from '../support/built-site';
import { glossary } from '../support/site-content';

assertBuildOfTestedContent();
const matcher = createTermMatcher(glossary);

/** Elements whose text the plugin never links: headings, code and whatever is not the article's own text. */
const SKIPPED_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'CODE', 'PRE', 'KBD', 'SAMP', 'SCRIPT', 'STYLE']);

interface Finding {
  /** Term ids linked, in reading order. */
  linked: string[];
  /** What is wrong, one line each. */
  problems: string[];
}

/** Walks the article text in reading order, the way the glossary plugin walks the Markdown. */
function checkGlossaryLinks(root: HTMLElement, termMatcher: TermMatcher): Finding {
  const linked: string[] = [];
  const problems: string[] = [];
  const reported = new Set<string>();
  const visit = (node: Node) => {
    if (node instanceof TextNode) {
      for (const match of termMatcher.find(node.text)) {
        if (linked.includes(match.id) || reported.has(match.id)) continue;
        reported.add(match.id);
        problems.push(`"${match.text}" (${match.id}) is used before it is linked: "${node.text.trim().slice(0, 100)}"`);
      }
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    if (SKIPPED_TAGS.has(node.tagName) || node.hasAttribute('data-glossary-skip')) return;
    // The definition in place belongs to the term before it.
    if (node.hasAttribute('popover')) return;
    const popoverId = node.tagName === 'BUTTON' ? node.getAttribute('popovertarget') : undefined;
    if (popoverId) {
      const id = popoverId.replace(/^begrip-/, '');
      const [match, ...more] = termMatcher.find(node.text);
      if (match?.id !== id || match.text !== node.text || more.length > 0)
        problems.push(`the term "${node.text}" is not a form of the term ${id}`);
      if (linked.includes(id)) problems.push(`${id} is explained more than once ("${node.text}")`);
      const definition = node.nextElementSibling;
      if (definition?.id !== popoverId || !definition.hasAttribute('popover'))
        problems.push(`the definition of ${id} does not follow its term`);
      else if (definition.querySelector('a')?.getAttribute('href') !== `/kennisbank/begrippen/#${id}`)
        problems.push(`the definition of ${id} does not link to the glossary`);
      linked.push(id);
      return;
    }
    if (node.tagName === 'A') {
      const id = glossaryIdFromHref(node.getAttribute('href') ?? '');
      if (id === undefined) return;
      const [match, ...more] = termMatcher.find(node.text);
      if (match?.id !== id || match.text !== node.text || more.length > 0)
        problems.push(`the link text "${node.text}" is not a form of the term ${id}`);
      if (linked.includes(id)) problems.push(`${id} is linked more than once ("${node.text}")`);
      if (node.getAttribute('title') !== undefined) problems.push(`the link to ${id} has a title attribute`);
      linked.push(id);
      return;
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return { linked, problems };
}

const articles = publishedArticles().map((article) => {
  const html = readFileSync(join(CLIENT_DIR, 'kennisbank', article.slug, 'index.html'), 'utf8');
  const body = parse(html).querySelector('[data-article-body]');
  if (!body) throw new Error(`${article.slug}: no [data-article-body] in the built page`);
  return { slug: article.slug, body };
});

describe('glossary links in the built articles', () => {
  it('explain the first use of every term in every article, once, with a link to the glossary', () => {
    const problems = articles.flatMap(({ slug, body }) =>
      checkGlossaryLinks(body, matcher).problems.map((problem) => `${slug}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it('are really there: most articles explain several terms', () => {
    const counts = articles.map(({ body }) => body.querySelectorAll('button[popovertarget^="begrip-"]').length);
    expect(counts.filter((count) => count >= 3).length).toBeGreaterThan(articles.length / 2);
  });

  it('the check itself catches a term used before its link, a second link and a link without a term', () => {
    const page = parse(
      `<div><p>De WIA en de <a href="/kennisbank/begrippen/#wia">WIA</a>, de <a href="/kennisbank/begrippen/#loonsanctie">sanctie</a>.</p>` +
        `<h2>De loonsanctie</h2><p data-glossary-skip>Een loonsanctie.</p><p>De <a href="/x/">loonsanctie</a>.</p>` +
        `<p>Het <button popovertarget="begrip-eerste-spoor">eerste spoor</button><span id="begrip-eerste-spoor" popover>Het 2e spoor. <a href="/kennisbank/begrippen/#eerste-spoor">x</a></span> ` +
        `en de <button popovertarget="begrip-wia">WIA</button>.</p></div>`,
    );
    expect(checkGlossaryLinks(page, matcher).problems).toEqual([
      '"WIA" (wia) is used before it is linked: "De WIA en de"',
      'the link text "sanctie" is not a form of the term loonsanctie',
      'wia is explained more than once ("WIA")',
      'the definition of wia does not follow its term',
    ]);
  });
});

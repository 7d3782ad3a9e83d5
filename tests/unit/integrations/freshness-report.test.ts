import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { freshnessReport } from '../../../src/integrations/freshness-report';

const folder = mkdtempSync(join(tmpdir(), 'freshness-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const write = (name: string, frontmatter: string) =>
  writeFileSync(join(folder, name), `---\ntitel: ${name}\n${frontmatter}\n---\n\nTekst.\n`);

/** Runs the build-done hook with a logger that records what it prints. */
function runHook(): { warn: string[]; info: string[] } {
  const lines = { warn: [] as string[], info: [] as string[] };
  const logger = {
    warn: (message: string) => lines.warn.push(message),
    info: (message: string) => lines.info.push(message),
  } as unknown as AstroIntegrationLogger;
  const hook = freshnessReport({ articlesDir: folder }).hooks['astro:build:done'] as (options: {
    logger: AstroIntegrationLogger;
  }) => void;
  hook({ logger });
  return lines;
}

describe('the freshness report at the end of the build', () => {
  it('says all is well when every article was checked recently', () => {
    write('vers.mdx', 'feitenGecontroleerd: 2099-01-01');
    const { warn, info } = runHook();
    expect(warn).toEqual([]);
    expect(info).toEqual([
      expect.stringMatching(/^Alle artikelen zijn in de 12 maanden voor \d{4}-\d\d-\d\d op feiten/),
    ]);
  });

  it('warns with one line per overdue article, oldest first, naming its file and date; drafts are left out', () => {
    write('oud.mdx', 'feitenGecontroleerd: 2020-05-01');
    write('heel-oud.mdx', 'feitenGecontroleerd: 2019-02-28');
    write('oud-concept.mdx', 'feitenGecontroleerd: 2018-01-01\nconcept: true');
    write('notities.txt', 'feitenGecontroleerd: 2018-01-01');
    const { warn } = runHook();
    expect(warn).toHaveLength(3);
    expect(warn[0]).toMatch(
      /^2 artikelen zijn langer dan 12 maanden niet op feiten gecontroleerd \(bouwdatum \d{4}-\d\d-\d\d\)/,
    );
    expect(warn.slice(1)).toEqual([
      `${relative(process.cwd(), join(folder, 'heel-oud.mdx'))}: feitenGecontroleerd 2019-02-28`,
      `${relative(process.cwd(), join(folder, 'oud.mdx'))}: feitenGecontroleerd 2020-05-01`,
    ]);
  });

  it('reads only the top-level date (quoted or not), never a nested key with the same name', () => {
    write(
      'genest.mdx',
      "bronnen:\n  - titel: Bron\n    feitenGecontroleerd: 2010-01-01\nfeitenGecontroleerd: '2099-01-01'",
    );
    const { warn } = runHook();
    expect(warn).toHaveLength(3);
    expect(warn.join('\n')).not.toContain('genest.mdx');
  });

  it('reads files with Windows line ends, and frontmatter written another way (a value on the next line, an alias)', () => {
    writeFileSync(
      join(folder, 'windows-concept.mdx'),
      '---\r\ntitel: x\r\nfeitenGecontroleerd: 2018-01-01\r\nconcept: true\r\n---\r\n\r\nTekst.\r\n',
    );
    write('volgende-regel.mdx', 'feitenGecontroleerd:\n  2017-03-01');
    write('alias.mdx', 'gepubliceerd: &datum 2016-04-01\nfeitenGecontroleerd: *datum');
    const { warn } = runHook();
    expect(warn.join('\n')).not.toContain('windows-concept.mdx');
    expect(warn.join('\n')).toContain('volgende-regel.mdx: feitenGecontroleerd 2017-03-01');
    expect(warn.join('\n')).toContain('alias.mdx: feitenGecontroleerd 2016-04-01');
  });
});

// The bureau's identity at build time: the files bureau.yaml names must exist, a live site (demo: false) may hold no
// demo placeholders, an expired keurmerk is reported, and two virtual modules carry the brand into the site:
// `virtual:bureau-brand.css` (the palette as Tailwind theme variables), `virtual:bureau-pictures` (the pictures
// bureau.yaml names, as optimisable images: only those, so a replaced logo left in the folder is never built) and
// `virtual:bureau-logo` (the logo's bytes, for the favicon and share image endpoints). The brand colours' contrast is checked by the bureau schema itself.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentDir, contentLabel, contentPath } from '../cli/content-dir.mjs';
import { CONTENT_FILES } from '../lib/content-files';
import { ConfigError } from '../lib/friendly-errors';
import { todayInNetherlands } from '../lib/format/dates';
import { expiredCertificationWarning, expiredCertifications } from '../lib/site/bureau-details';
import { brandPalette, paletteCss } from '../lib/site/brand-colours';
import { placeholderMessage, placeholderProblems } from '../lib/site/placeholders';

const BRAND_CSS = 'virtual:bureau-brand.css';
const LOGO_MODULE = 'virtual:bureau-logo';
// A path-like id (not \0-prefixed) so that Vite's CSS pipeline treats the module as a stylesheet.
const RESOLVED_BRAND_CSS = '/@bureau-brand.css';
const RESOLVED_LOGO_MODULE = '\0virtual:bureau-logo';
const PICTURES_MODULE = 'virtual:bureau-pictures';
const RESOLVED_PICTURES_MODULE = '\0virtual:bureau-pictures';

/**
 * The site's people (mensen/<id>.yaml) as `{ id, naam }`, read leniently: their own schema validates them elsewhere.
 * @returns {{ id: string, naam: string }[]}
 */
function readPeople() {
  const folder = contentPath('mensen');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => {
      const data = parseYaml(readFileSync(join(folder, name), 'utf8')) ?? {};
      return { id: basename(name).replace(/\.ya?ml$/, ''), naam: String(data.naam ?? '') };
    });
}

/**
 * @param {import('../schemas/bureau').Bureau} bureau
 * @returns {import('astro').AstroIntegration}
 */
export default function bureauIdentity(bureau) {
  const fileName = contentLabel(CONTENT_FILES.bureau);
  const pictures = [
    { field: 'logo.bestand', file: bureau.logo.bestand },
    ...bureau.keurmerken.flatMap((mark, index) =>
      mark.logo ? [{ field: `keurmerken.${index}.logo.bestand`, file: mark.logo.bestand }] : [],
    ),
  ];
  return {
    name: 'site:bureau-identity',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        const missing = pictures.filter(({ file }) => !existsSync(contentPath(file)));
        if (missing.length > 0)
          throw new ConfigError(
            `Fout in ${fileName}:\n${missing
              .map(({ field, file }) => `  - veld "${field}": het bestand ${file} staat niet in ${contentDir.label}/`)
              .join('\n')}`,
          );

        const logo = readFileSync(contentPath(bureau.logo.bestand));
        if (!bureau.demo) {
          const problems = placeholderProblems({
            bureau,
            logoSha256: createHash('sha256').update(logo).digest('hex'),
            people: readPeople(),
          });
          if (problems.length > 0) throw new ConfigError(placeholderMessage(problems, fileName));
        }
        if (command === 'build')
          for (const mark of expiredCertifications(bureau, todayInNetherlands()))
            logger.warn(expiredCertificationWarning(mark, fileName));

        const logoModule = `export const logo = ${JSON.stringify({
          type: bureau.logo.bestand.endsWith('.svg') ? 'svg' : 'png',
          base64: logo.toString('base64'),
        })};`;
        const picturesModule = [
          ...pictures.map(({ file }, index) => `import picture${index} from ${JSON.stringify(contentPath(file))};`),
          `export const pictures = {${pictures.map(({ file }, index) => `${JSON.stringify(file)}: picture${index}`).join(', ')}};`,
        ].join('\n');
        /** @type {import('vite').Plugin} */
        const plugin = {
          name: 'site:bureau-identity',
          resolveId(id) {
            if (id === BRAND_CSS) return RESOLVED_BRAND_CSS;
            if (id === LOGO_MODULE) return RESOLVED_LOGO_MODULE;
            if (id === PICTURES_MODULE) return RESOLVED_PICTURES_MODULE;
          },
          load(id) {
            if (id === RESOLVED_BRAND_CSS) return paletteCss(brandPalette(bureau.huisstijl));
            if (id === RESOLVED_LOGO_MODULE) return logoModule;
            if (id === RESOLVED_PICTURES_MODULE) return picturesModule;
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}

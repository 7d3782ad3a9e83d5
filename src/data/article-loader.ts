import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { relative } from 'node:path';
import { ConfigError } from '../lib/friendly-errors';
import { isFixedPageSlug } from '../lib/knowledge-base/listing';
import { parseArticleFrontmatter, type ArticleReferences } from '../schemas/article';

/**
 * The glob loader for `*.mdx` articles, with our own validation first so a bad frontmatter field
 * stops the build with one Dutch message naming the file and the field (instead of Astro's generic error).
 */
export function articleLoader(base: string, references: ArticleReferences): Loader {
  const inner = glob({ pattern: '**/*.mdx', base });
  return {
    name: 'article-loader',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const fileName = props.filePath ? relative(process.cwd(), props.filePath) : props.id;
          if (isFixedPageSlug(props.id))
            throw new ConfigError(
              `Fout in ${fileName}: /kennisbank/${props.id}/ is al een vaste pagina van de website. Geef het bestand een andere naam.`,
            );
          parseArticleFrontmatter(props.data, fileName, references);
          return context.parseData(props);
        },
      }),
  };
}

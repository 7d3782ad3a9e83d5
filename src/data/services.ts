// The bureau's services (diensten/<slug>.mdx of the content folder) in their order, validated at build time. The
// employer's request form takes its service choices from `services` (slug and title). The texts are imported as MDX
// modules, not through astro:content, so a server route can use this list without bundling every article.
import type { MDXInstance } from 'astro';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { CONTENT_FOLDERS } from '../lib/content-files';
import { parseServiceFrontmatter, type ServiceData } from '../schemas/service';

/** One service: its slug (the file name), its validated frontmatter and its body as a component. */
export interface Service {
  slug: string;
  data: ServiceData;
  Content: AstroComponentFactory;
}

const modules = import.meta.glob<MDXInstance<Record<string, unknown>>>('@content/diensten/*.mdx', { eager: true });

/** A service's file as the bureau knows it, e.g. `content/diensten/dossiercheck.mdx`. */
export const serviceFile = (slug: string) => `${__CONTENT_DIR__}/${CONTENT_FOLDERS.services}/${slug}.mdx`;

/** Every service, in the order of /diensten/ (`volgorde`, then title). */
export const services: readonly Service[] = Object.entries(modules)
  .map(([path, module]) => {
    const slug = path.replace(/^.*\//, '').replace(/\.mdx$/, '');
    return { slug, data: parseServiceFrontmatter(module.frontmatter, serviceFile(slug)), Content: module.Content };
  })
  .sort((a, b) => a.data.volgorde - b.data.volgorde || a.data.titel.localeCompare(b.data.titel, 'nl'));

/** The slugs of the services, in order. */
export const serviceIds: readonly string[] = services.map((service) => service.slug);

/** The page of a service. */
export const servicePath = (slug: string) => `/diensten/${slug}/`;

/** The employer's request form, with this service chosen. */
export const serviceRequestPath = (slug: string) => `/aanvragen/?dienst=${encodeURIComponent(slug)}`;

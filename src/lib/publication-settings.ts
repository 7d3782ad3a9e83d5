// What a build publishes, decided once per `astro dev` or `astro build` (src/integrations/publication.ts): the day it
// counts as "today" (an article whose `gepubliceerd` date lies after it is scheduled and left out) and whether drafts
// and scheduled articles are shown (in `astro dev` and on preview deployments only, never in production).
import { isIsoDate, todayInNetherlands } from './format/dates';

type Env = Record<string, string | undefined>;

/**
 * The build's "today" as YYYY-MM-DD: BUILD_DATE when set (so a test can build the same content before and on a
 * date), otherwise the calendar day in the Netherlands at `now` (build machines often run in UTC).
 */
export function resolveBuildDate(env: Env, now: Date): string {
  const fixed = env.BUILD_DATE?.trim();
  if (!fixed) return todayInNetherlands(now);
  if (!isIsoDate(fixed))
    throw new Error(`BUILD_DATE "${env.BUILD_DATE}" is geen datum in de vorm JJJJ-MM-DD, bijvoorbeeld 2027-01-04.`);
  return fixed;
}

/**
 * Whether this build shows drafts and scheduled articles: in `astro dev`, and in a preview build (SITE_PREVIEW=1, or
 * Vercel's preview deployments, which set VERCEL_ENV=preview). A production build never does.
 */
export function showsUnpublished(command: 'dev' | 'build' | 'preview' | 'sync', env: Env): boolean {
  const preview = env.SITE_PREVIEW?.trim() === '1';
  if (preview && env.VERCEL_ENV === 'production')
    throw new Error(
      'SITE_PREVIEW=1 in een productiebuild van Vercel: concepten zouden online komen. Haal SITE_PREVIEW weg.',
    );
  return command === 'dev' || preview || env.VERCEL_ENV === 'preview';
}

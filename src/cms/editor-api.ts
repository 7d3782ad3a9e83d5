// The editor's server routes under /api/keystatic/: in local mode reading and writing content/, in GitHub mode the
// login with the bureau's GitHub App (KEYSTATIC_GITHUB_CLIENT_ID, KEYSTATIC_GITHUB_CLIENT_SECRET, KEYSTATIC_SECRET,
// read when the server runs).
import { makeHandler } from '@keystatic/astro/api';
import config from './config';

export const ALL = makeHandler({ config });

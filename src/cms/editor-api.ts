// The editor's server routes under /api/keystatic/: in local mode reading and writing content/, in GitHub mode the
// login with the bureau's GitHub App. Without the GitHub App's secrets they answer 503 with the names of the missing
// variables, instead of Keystatic's own error on every request.
import { makeHandler } from '@keystatic/astro/api';
import type { APIRoute } from 'astro';
import { getSecret } from 'astro:env/server';
import { EDITOR_SECRETS, missingEditorSecrets } from '../lib/editor-mode.mjs';
import config from './config';

const keystatic = makeHandler({ config });

export const ALL: APIRoute = (context) => {
  if (config.storage.kind === 'github') {
    const missing = missingEditorSecrets(Object.fromEntries(EDITOR_SECRETS.map((name) => [name, getSecret(name)])));
    if (missing.length > 0) {
      return new Response(`De redactieomgeving is niet ingesteld: ${missing.join(', ')} ontbreekt.`, {
        status: 503,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      });
    }
  }
  return keystatic(context);
};

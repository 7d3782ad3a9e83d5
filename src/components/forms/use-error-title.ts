// The "Fout: " prefix of the page title while a form shows errors (GOV.UK), kept up to date by an island after each
// attempt. The server-rendered error page sets it itself (BaseLayout's titlePrefix).
import { useEffect } from 'preact/hooks';

export const ERROR_TITLE_PREFIX = 'Fout: ';

export function useErrorTitle(hasErrors: boolean): void {
  useEffect(() => {
    const title = document.title.startsWith(ERROR_TITLE_PREFIX)
      ? document.title.slice(ERROR_TITLE_PREFIX.length)
      : document.title;
    document.title = hasErrors ? `${ERROR_TITLE_PREFIX}${title}` : title;
  }, [hasErrors]);
}

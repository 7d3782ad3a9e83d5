// "Kopieer link" under a calculator: shares the address of the result shown, which opens the same result without
// JavaScript. The address is built from the form itself, exactly as its GET submission would be, so it is right
// before the island has hydrated too. Phones get the share sheet (Web Share); elsewhere the link goes to the
// clipboard; when neither works, the link appears in a field to copy by hand.
import { withJoinedDateParts } from '../../lib/forms/joined-date-parts';

/**
 * The result address of a calculator form: its action with the query a GET submission of the form sends, a date's
 * three boxes joined into its one ISO parameter (the canonical address; the result page reads both).
 */
export function resultUrl(form: HTMLFormElement): string {
  const url = new URL(form.action, location.href);
  // The form has no file fields, so every value is text: URLSearchParams reads the form data as it is.
  url.search = withJoinedDateParts(new URLSearchParams(new FormData(form) as unknown as string[][])).toString();
  return url.href;
}

/** True on a touch device that offers the share sheet. */
function prefersShareSheet(): boolean {
  return typeof navigator.share === 'function' && matchMedia('(pointer: coarse)').matches;
}

async function share(block: HTMLElement, form: HTMLFormElement): Promise<void> {
  const status = block.querySelector<HTMLElement>('[data-share-status]')!;
  const fallback = block.querySelector<HTMLElement>('[data-share-fallback]')!;
  const input = block.querySelector<HTMLInputElement>('[data-share-input]')!;
  const url = resultUrl(form);
  input.value = url;
  if (prefersShareSheet()) {
    try {
      await navigator.share({ title: document.title, url });
      status.textContent = 'De link is gedeeld.';
      return;
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    fallback.hidden = true;
    status.textContent = 'De link naar deze uitkomst staat op uw klembord.';
  } catch {
    fallback.hidden = false;
    status.textContent = 'Kopiëren lukte niet. Selecteer de link hieronder en kopieer hem zelf.';
    input.focus();
    input.select();
  }
}

/** Makes every share block on the page visible (its space was already kept) and its button work. */
export function enhanceShareLinks(): void {
  for (const block of document.querySelectorAll<HTMLElement>('[data-share-link]')) {
    const form = document.getElementById(block.dataset.shareLink ?? '');
    if (!(form instanceof HTMLFormElement)) continue;
    block.querySelector('[data-share-button]')?.addEventListener('click', () => void share(block, form));
    block.classList.remove('invisible');
  }
}

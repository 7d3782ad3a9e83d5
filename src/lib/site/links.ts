// The site's links: the navigation, which section is current, and phone links.

/** One entry of the main navigation. */
export interface NavItem {
  /** Visible link text. */
  label: string;
  /** Path with trailing slash. */
  href: string;
}

/** Main navigation, in the order shown in the header. */
export const mainNavigation: readonly NavItem[] = [
  { label: 'Diensten', href: '/diensten/' },
  { label: 'Kennisbank', href: '/kennisbank/' },
  { label: 'Rekenhulpen', href: '/rekenhulpen/' },
  { label: 'Werkervaringsplaats aanbieden', href: '/aanbieden/' },
  { label: 'Over ons', href: '/over-ons/' },
  { label: 'Contact', href: '/contact/' },
  { label: 'Zoeken', href: '/zoeken/' },
];

/** The bureau's own links in the footer: what it offers and who it is. */
export const footerBureau: readonly NavItem[] = [
  { label: 'Diensten', href: '/diensten/' },
  { label: 'Over ons', href: '/over-ons/' },
  { label: 'Contact', href: '/contact/' },
];

/**
 * Fixed pages in paginas/ that a page of their own shows (with more than the text), so the generic fixed-page route
 * leaves them out: paginas/over-ons.mdx is the bureau's story on /over-ons/.
 */
export const OWN_ROUTE_PAGES = { aboutUs: 'over-ons' } as const;

/** The kennisbank's own links in the footer: the articles, the glossary and the search page. */
export const footerKnowledgeBase: readonly NavItem[] = [
  { label: 'Alle artikelen', href: '/kennisbank/' },
  { label: 'Begrippenlijst', href: '/kennisbank/begrippen/' },
  { label: 'Zoeken in de kennisbank', href: '/zoeken/' },
];

/** Links in the footer next to the contact details. */
export const footerNavigation: readonly NavItem[] = [
  { label: 'Privacyverklaring', href: '/privacy/' },
  { label: 'Disclaimer', href: '/disclaimer/' },
  { label: 'Toegankelijkheidsverklaring', href: '/toegankelijkheid/' },
];

/** True when `href` is the current page or a section that contains it (home only matches itself). */
export function isCurrentSection(href: string, currentPath: string): boolean {
  const path = currentPath.endsWith('/') ? currentPath : `${currentPath}/`;
  if (href === '/') return path === '/';
  return path === href || path.startsWith(href);
}

/** The `tel:` address of a phone number as people write it: "020 123 45 67" becomes "tel:0201234567". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+0-9]/g, '')}`;
}

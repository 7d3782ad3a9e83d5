/** One entry of the main navigation. */
export interface NavItem {
  /** Visible link text. */
  label: string;
  /** Path with trailing slash. */
  href: string;
}

/** Main navigation, in the order shown in the header. */
export const mainNavigation: readonly NavItem[] = [
  { label: 'Kennisbank', href: '/kennisbank/' },
  { label: 'Rekenhulpen', href: '/rekenhulpen/' },
  { label: 'Werkervaringsplaats aanbieden', href: '/aanbieden/' },
  { label: 'Contact', href: '/contact/' },
  { label: 'Zoeken', href: '/zoeken/' },
];

/** Links in the footer next to the contact details. */
export const footerNavigation: readonly NavItem[] = [
  { label: 'Privacyverklaring', href: '/privacy/' },
  { label: 'Disclaimer', href: '/disclaimer/' },
  { label: 'Toegankelijkheidsverklaring', href: '/toegankelijkheid/' },
];

/** True when `href` is the current page or a section that contains it (home only matches itself). */
export function isCurrentSection(href: string, currentPath: string): boolean {
  const path = currentPath.endsWith('/') ? currentPath : `${currentPath}/`;
  if (href === '/') return path === '/';
  return path === href || path.startsWith(href);
}

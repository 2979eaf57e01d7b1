/**
 * The story and event ids a path names (url.ts parseRoute), free of the app's other modules: the page's
 * entry reads the story id with it to ask for the story's outline before the app is loaded.
 * `base` is import.meta.env.BASE_URL ("/" or "/dateline/").
 */
export function pathSegments(base: string, pathname: string): string[] {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  return rest.split('/').filter(Boolean).map(decodeURIComponent);
}

/*
 * Where the user is, kept in the URL hash so a reload (or a crash and restart) reopens the same
 * place. Parsing is total: any unknown hash is the library.
 */
import { isSectionId, type SectionId } from '../../shared/model/sections';

export type Route =
  { name: 'library' } | { name: 'story'; storyId: string; section: SectionId } | { name: 'trash' } | { name: 'preferences' };

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The route a location hash names. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponentSafe);
  const [head, id, section] = parts;
  if (head === 'story' && id && ID.test(id)) {
    return { name: 'story', storyId: id, section: section && isSectionId(section) ? section : 'fieldMap' };
  }
  if (head === 'trash') return { name: 'trash' };
  if (head === 'preferences') return { name: 'preferences' };
  return { name: 'library' };
}

/** The location hash of a route. */
export function formatRoute(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'story':
      return `#/story/${encodeURIComponent(route.storyId)}/${route.section}`;
    case 'trash':
      return '#/trash';
    case 'preferences':
      return '#/preferences';
  }
}

function decodeURIComponentSafe(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}

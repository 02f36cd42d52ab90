/*
 * Where the user is, kept in the URL hash so a reload (or a crash and restart) reopens the same
 * place. Parsing is total: any unknown hash is the library.
 */
import { isSectionId, type SectionId } from '../../shared/model/sections';

export type Route =
  | { name: 'library' }
  | { name: 'story'; storyId: string; section: SectionId }
  | { name: 'critique'; critiqueId: string }
  | { name: 'readiness'; storyId: string }
  | { name: 'cueCards'; storyId: string }
  | { name: 'rehearse'; storyId: string | null }
  | { name: 'session'; sessionId: string }
  | { name: 'history' }
  | { name: 'deck' }
  | { name: 'drills' }
  | { name: 'trash' }
  | { name: 'backups' }
  | { name: 'preferences' };

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const PLAIN = ['history', 'deck', 'drills', 'trash', 'backups', 'preferences'] as const;

function isId(value: string | undefined): value is string {
  return value !== undefined && ID.test(value);
}

/** The route a location hash names. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponentSafe);
  const [head, id, section] = parts;
  if (head === 'story' && isId(id)) {
    return { name: 'story', storyId: id, section: section && isSectionId(section) ? section : 'fieldMap' };
  }
  if (head === 'critique' && isId(id)) return { name: 'critique', critiqueId: id };
  if (head === 'readiness' && isId(id)) return { name: 'readiness', storyId: id };
  if (head === 'cue-cards' && isId(id)) return { name: 'cueCards', storyId: id };
  if (head === 'rehearse') return { name: 'rehearse', storyId: isId(id) ? id : null };
  if (head === 'session' && isId(id)) return { name: 'session', sessionId: id };
  const plain = PLAIN.find((name) => name === head);
  if (plain) return { name: plain };
  return { name: 'library' };
}

/** The location hash of a route. */
export function formatRoute(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'story':
      return `#/story/${encodeURIComponent(route.storyId)}/${route.section}`;
    case 'critique':
      return `#/critique/${encodeURIComponent(route.critiqueId)}`;
    case 'readiness':
      return `#/readiness/${encodeURIComponent(route.storyId)}`;
    case 'cueCards':
      return `#/cue-cards/${encodeURIComponent(route.storyId)}`;
    case 'rehearse':
      return route.storyId ? `#/rehearse/${encodeURIComponent(route.storyId)}` : '#/rehearse';
    case 'session':
      return `#/session/${encodeURIComponent(route.sessionId)}`;
    default:
      return `#/${route.name}`;
  }
}

function decodeURIComponentSafe(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}

/*
 * The content security policy, in one place: main sends it as a header with every app page,
 * and the renderer build writes it into index.html as a meta tag, so the browser build is held
 * to it too. No remote source of any kind is allowed.
 */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "object-src 'none'",
];

/** The policy as a meta tag can carry it (browsers ignore frame-ancestors there). */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The policy as a response header. */
export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

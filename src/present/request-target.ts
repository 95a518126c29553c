// A request's target as `deck present` accepts it: a path as RFC 3986 writes one, or an absolute
// http address; anything else is malformed and answered 400 before it reaches a route.

/** Segments of unreserved characters, sub-delimiters, `:`, `@` and percent-escapes. */
const PATH = /^(?:\/(?:[\w\-.~!$&'()*+,;=:@]|%[\dA-Fa-f]{2})*)+$/;
/** An escaped control character (NUL among them): no file of the deck has one in its name. */
const ESCAPED_CONTROL = /%(?:[01][\dA-Fa-f]|7[Ff])/;

/** The request's target as a URL on this server, from a path (`/assets/x.js?v`) or an absolute
 *  http address; undefined for anything malformed (`//[`, `//%00`, a port past 65535, `*`). */
export function requestTarget(target: string | undefined): URL | undefined {
  if (!target) return undefined;
  let url: URL;
  try {
    // After an origin of ours a path stays a path: `//host` cannot name another host.
    url = new URL(target.startsWith('/') ? `http://deck${target}` : target);
  } catch {
    return undefined;
  }
  const path = target.startsWith('/') ? target.replace(/\?.*$/s, '') : url.pathname;
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !PATH.test(path) || ESCAPED_CONTROL.test(path)) return undefined;
  return url;
}

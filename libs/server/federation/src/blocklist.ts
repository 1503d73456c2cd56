/**
 * Is a remote actor (or anything at its URI) blocked? Entries are domains (`example.org`, which
 * also blocks its subdomains) or exact actor URIs (`https://example.org/users/spam`).
 */
export function isBlocked(blocklist: readonly string[], uri: string): boolean {
  if (!blocklist.length) return false;
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return true;
  }
  const host = url.hostname.toLowerCase();
  const actor = `${url.origin}${url.pathname}`.toLowerCase();
  return blocklist.some((entry) =>
    entry.includes('/')
      ? actor === entry.replace(/#.*$/, '')
      : host === entry || host.endsWith(`.${entry}`),
  );
}

/** The host named by an HTTP Signature's keyId (`keyId="https://host/…#main-key"`), if any. */
export function signatureKeyId(header: string | undefined): string | undefined {
  return header ? /keyId="([^"]+)"/.exec(header)?.[1] : undefined;
}

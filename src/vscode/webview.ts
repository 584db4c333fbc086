/** What the webviews share. */

/** A fresh random value a render: only the page's own style and script carry it (Content-Security-Policy). */
export function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Text made safe for an XML 1.0 part (document.xml, core.xml, comments.xml): every string that reaches one. */

/**
 * Characters XML 1.0 does not allow (C0 controls other than tab, line feed and carriage return; U+FFFE, U+FFFF;
 * surrogates that are not paired), matched one a time. They cannot be written into a part, and they mean nothing
 * to a reader: they are dropped.
 */
// The control characters are the point: XML 1.0 forbids them.
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex
  /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_IN_XML, '');
}

export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

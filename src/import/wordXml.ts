/**
 * The parts of WordprocessingML that both the reader (docx.ts) and the review copy (../export/review.ts) walk: the
 * tokens of an XML part, the elements whose text is not the document's, and the characters of a run that are
 * elements rather than text. One walk for both, so the review copy's offsets are the reader's.
 */

interface XmlTag {
  kind: 'tag';
  /** The tag as written, to copy it through unchanged. */
  raw: string;
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attributes: string;
}

interface XmlText {
  kind: 'text';
  raw: string;
  /** The text with its entities decoded. */
  text: string;
}

/** A processing instruction or a comment: copied through, otherwise passed by. */
interface XmlOther {
  kind: 'other';
  raw: string;
}

const TAG_NAME = /^<(\/?)([A-Za-z_][\w.:-]*)/;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * The tags and texts of an XML part, in order; enough for WordprocessingML, which uses no DTDs. One pass, linear
 * whatever the input: a comment, processing instruction or tag left open runs to the end of the part and is passed
 * by as one token, and a `<` that opens nothing is copied through as it is.
 */
export function* xmlTokens(xml: string): Generator<XmlTag | XmlText | XmlOther> {
  let at = 0;
  while (at < xml.length) {
    if (xml.charCodeAt(at) !== 0x3c) {
      const next = xml.indexOf('<', at);
      const end = next < 0 ? xml.length : next;
      const raw = xml.slice(at, end);
      yield { kind: 'text', raw, text: decodeEntities(raw) };
      at = end;
      continue;
    }
    if (xml.startsWith('<![CDATA[', at)) {
      const end = endOf(xml, ']]>', at + 9);
      const raw = xml.slice(at, end);
      yield { kind: 'text', raw, text: raw.slice(9, raw.endsWith(']]>') ? -3 : undefined) };
      at = end;
      continue;
    }
    const closer = xml.startsWith('<!--', at) ? '-->' : xml.startsWith('<?', at) ? '?>' : undefined;
    if (closer !== undefined) {
      const end = endOf(xml, closer, at + 2);
      yield { kind: 'other', raw: xml.slice(at, end) };
      at = end;
      continue;
    }
    const end = tagEnd(xml, at);
    const raw = xml.slice(at, end);
    const name = TAG_NAME.exec(raw);
    if (!name || !raw.endsWith('>')) yield { kind: 'other', raw };
    else {
      const selfClosing = raw.endsWith('/>');
      const attributes = raw.slice(name[0].length, raw.length - (selfClosing ? 2 : 1));
      yield { kind: 'tag', raw, name: name[2], closing: name[1] === '/', selfClosing, attributes };
    }
    at = end;
  }
}

/** Just past `closer` from `from` on, or the end of the text when it never comes. */
function endOf(xml: string, closer: string, from: number): number {
  const found = xml.indexOf(closer, from);
  return found < 0 ? xml.length : found + closer.length;
}

/** Just past the `>` that ends the tag at `start` (a `>` inside a quoted value does not), or the end of the text. */
function tagEnd(xml: string, start: number): number {
  let quote = 0;
  for (let at = start + 1; at < xml.length; at++) {
    const code = xml.charCodeAt(at);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 0x22 || code === 0x27) quote = code;
    else if (code === 0x3e) return at + 1;
    else if (code === 0x3c) return at;
  }
  return xml.length;
}

export function attribute(tag: XmlTag, name: string): string | undefined {
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(tag.attributes); match; match = ATTRIBUTE.exec(tag.attributes)) {
    if (match[1] === name) return decodeEntities(match[2] ?? match[3] ?? '');
  }
  return undefined;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, entity: string) => {
    if (entity[0] !== '#') return ENTITIES[entity];
    const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    // A reference to no character (past U+10FFFF, or a surrogate) stands for one that cannot be shown.
    return code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** An integer attribute as Word reads one (digits, an optional sign), clamped to [min, max]; undefined if it is none. */
export function wordInteger(value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined || !/^[+-]?\d{1,15}$/.test(value.trim())) return undefined;
  return Math.max(min, Math.min(max, Number(value.trim())));
}

/**
 * An XML part's bytes as text: UTF-8 unless a BOM or the declaration names another encoding (UTF-16, GBK…), which
 * is then read as named; a part in an encoding this platform cannot read is damage.
 */
export function decodeXmlPart(bytes: Uint8Array): string {
  const label = partEncoding(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    throw new RangeError(`unknown encoding ${label}`);
  }
  const text = decoder.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function partEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // Without a BOM, UTF-16 shows in the declaration's first characters: '<' and a zero byte.
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return 'utf-16le';
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^(?:\ufeff|\xef\xbb\xbf)?<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  return declared ?? 'utf-8';
}

/** A part's XML declaration made to say UTF-8, as the part is written back (a GBK or UTF-16 part is re-encoded). */
export function declaredUtf8(xml: string): string {
  return xml.replace(/^(<\?xml[^>]*?\bencoding\s*=\s*["'])[A-Za-z0-9._-]+(["'])/, '$1UTF-8$2');
}

/**
 * Elements whose text is not the document's: deleted revisions, field codes, the fallback copy of a drawing, and the
 * old properties of a tracked formatting change (whose numbering is no longer the paragraph's).
 */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'w:del',
  'w:moveFrom',
  'w:instrText',
  'w:delInstrText',
  'mc:Fallback',
  'w:footnoteReference',
  'w:endnoteReference',
  'w:pPrChange',
  'w:rPrChange',
]);

/** The character a run element that is not w:t stands for (a tab, a line break, a symbol), or undefined. */
export function runCharacter(tag: XmlTag): string | undefined {
  switch (tag.name) {
    case 'w:tab':
    case 'w:ptab':
      return '\t';
    case 'w:br': {
      const type = attribute(tag, 'w:type');
      return type === 'page' || type === 'column' ? undefined : '\n';
    }
    case 'w:cr':
      return '\n';
    case 'w:noBreakHyphen':
      return '\u2011';
    case 'w:sym':
      return String.fromCharCode(parseInt(attribute(tag, 'w:char') ?? '20', 16) & 0xffff);
    default:
      return undefined;
  }
}

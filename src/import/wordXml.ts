/**
 * The parts of WordprocessingML that both the reader (docx.ts) and the review copy (../export/review.ts) walk: the
 * tokens of an XML part, the elements whose text is not the document's, and the characters of a run that are
 * elements rather than text. One walk for both, so the review copy's offsets are the reader's.
 */

export interface XmlTag {
  kind: 'tag';
  /** The tag as written, to copy it through unchanged. */
  raw: string;
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attributes: string;
}

export interface XmlText {
  kind: 'text';
  raw: string;
  /** The text with its entities decoded. */
  text: string;
}

/** A processing instruction or a comment: copied through, otherwise passed by. */
export interface XmlOther {
  kind: 'other';
  raw: string;
}

/** Enough for WordprocessingML, which uses no CDATA or DTDs. */
const TOKEN = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->|([^<]+)/g;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The tags and texts of an XML part, in order. */
export function* xmlTokens(xml: string): Generator<XmlTag | XmlText | XmlOther> {
  // Its own expression: a walk may start while another is paused (a generator each).
  const token = new RegExp(TOKEN.source, 'g');
  for (let match = token.exec(xml); match; match = token.exec(xml)) {
    const raw = match[0];
    if (match[5] !== undefined) yield { kind: 'text', raw, text: decodeEntities(raw) };
    else if (match[2] !== undefined) yield { kind: 'tag', raw, name: match[2], closing: match[1] === '/', selfClosing: match[4] === '/', attributes: match[3] ?? '' };
    else yield { kind: 'other', raw };
  }
}

export function attribute(tag: XmlTag, name: string): string | undefined {
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(tag.attributes); match; match = ATTRIBUTE.exec(tag.attributes)) {
    if (match[1] === name) return decodeEntities(match[2] ?? match[3] ?? '');
  }
  return undefined;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, entity: string) => {
    if (entity[0] !== '#') return ENTITIES[entity];
    const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/**
 * Elements whose text is not the document's: deleted revisions, field codes, the fallback copy of a drawing, and the
 * old properties of a tracked formatting change (whose numbering is no longer the paragraph's).
 */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set(['w:del', 'w:moveFrom', 'w:instrText', 'w:delInstrText', 'mc:Fallback', 'w:footnoteReference', 'w:endnoteReference', 'w:pPrChange', 'w:rPrChange']);

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

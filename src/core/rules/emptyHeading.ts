/**
 * Rule `empty-heading`: a heading left unfinished, a number with no title (三、) or a section with nothing under it: no
 * text, no subsection, no item. Insert Next Heading leaves such a heading for the writer to fill in; this says where one
 * was forgotten.
 */

import type { Section } from '../parse/types';
import type { DocumentContext, DocumentRule, Report } from './types';

export const emptyHeading: DocumentRule = {
  meta: {
    id: 'empty-heading',
    defaultSeverity: 'warning',
    fixable: false,
    description: {
      'zh-cn':
        '未写完的标题：只有序号没有标题文字（如单独一行“三、”），或标题下面什么也没有（没有正文、下级标题或条目）。同一行标题后接着写的正文也算正文；以句号结束的标题（“一、坚持党的领导。”）本身就是要点，不报。',
      en: 'An unfinished heading: a number with no title (三、 alone on its line), or a heading with nothing under it (no text, no subheading, no item). Text after the title on the heading’s own line counts as its text; a heading written as a sentence (一、坚持党的领导。) is a point made, and is not reported.',
    },
    messages: {
      noTitle: {
        'zh-cn': '标题「{marker}」只有序号，没有标题文字。',
        en: 'The heading 「{marker}」 has a number but no title.',
      },
      noBody: {
        'zh-cn': '标题「{title}」下面没有内容：没有正文、下级标题或条目。',
        en: 'Nothing under the heading 「{title}」: no text, no subheading, no item.',
      },
    },
    docs: 'empty-heading',
    tags: ['structure'],
    summary: {
      'zh-cn': '只有序号的标题（三、），或下面没有内容的标题。',
      en: 'A heading with a number and no title (三、), or with nothing under it.',
    },
    catches: '`三、` alone on its line; a heading with nothing under it',
    fixSummary: '—',
  },
  reads: 'outline',
  check({ speech, report }: DocumentContext): void {
    const visit = (section: Section): void => {
      const found = emptiness(
        section,
        speech.lines[section.heading.line].text,
        speech.lines[section.heading.line].start,
      );
      if (found) report(found);
      section.children.forEach(visit);
    };
    speech.sections.forEach(visit);
  },
};

/** What is missing from a section, if anything: its title first (a bare number has nothing under it either). */
function emptiness(section: Section, lineText: string, lineStart: number): Report | undefined {
  const { heading } = section;
  if (heading.title === '') {
    return { ...heading.markerSpan, messageId: 'noTitle', data: { marker: heading.marker } };
  }
  const afterTitle = lineText.slice(heading.headingSpan.end - lineStart);
  const hasBody =
    section.lastLine > heading.line ||
    section.children.length > 0 ||
    section.items.length > 0 ||
    // 一、坚持党的领导。 and 1.未按规定参加年检的；: a point made, or an entry of a list, not a title waiting for its text.
    // The title ends at a full stop typed half-width too (要求的.), or after a stray comma (势头，。), which
    // halfwidth-punctuation and repeated-punctuation report.
    /^[\s\u3000，、：,:]*[。！？；.!?;]/.test(afterTitle) ||
    /[^\s\u3000。！？；：，、.!?;:,]/.test(afterTitle);
  if (hasBody) return undefined;
  return { ...heading.headingSpan, messageId: 'noBody', data: { title: heading.title } };
}

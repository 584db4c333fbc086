/** The kinds of speech a new document can start from: the skeleton snippets (isFileTemplate) of snippets/. */

import type { Locale } from '../language/format';

interface SnippetDefinition {
  prefix: string[];
  body: string[];
  description: string;
  isFileTemplate?: boolean;
}

export interface SpeechKind {
  /** The snippet's name, e.g. 开班式讲话. */
  name: string;
  label: string;
  /** One line: what the skeleton holds. */
  detail: string;
  /** The snippet body, with tabstops, ready for insertSnippet. */
  body: string;
}

/**
 * Skeletons in file order. A description reads "开班式讲话：欢迎、……希望 / Opening of a training class: welcome, …":
 * Chinese before the slash, English after, each "label：detail".
 */
export function speechKinds(snippets: Readonly<Record<string, SnippetDefinition>>, locale: Locale): SpeechKind[] {
  return Object.entries(snippets)
    .filter(([, snippet]) => snippet.isFileTemplate === true)
    .map(([name, snippet]) => {
      const [chinese, english = chinese] = snippet.description.split(' / ');
      const text = locale === 'zh-cn' ? chinese : english;
      const [label, detail = ''] = text.split(/[：:]\s*/, 2);
      return { name, label, detail, body: snippet.body.join('\n') };
    });
}

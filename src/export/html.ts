/** The speech as an HTML page in a print profile, for the preview beside the editor. No remote resource, no inline style. */

import { layoutSpeech, type FontSpec, type PrintBlock, type PrintProfile } from '../core/print';
import type { ParsedSpeech } from '../core/types';

export interface PreviewOptions {
  profile: PrintProfile;
  fallbackTitle?: string;
  /** A fresh random value a render: only the page's own style and script carry it (Content-Security-Policy). */
  nonce: string;
  language: 'zh-cn' | 'en';
}

export function speechToHtml(speech: ParsedSpeech, options: PreviewOptions): string {
  const { profile, nonce } = options;
  const blocks = layoutSpeech(speech, profile, options.fallbackTitle);
  // Nothing is loaded from anywhere: only the page's own style and script, which carry the nonce.
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  return `<!DOCTYPE html>
<html lang="${options.language === 'zh-cn' ? 'zh-CN' : 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${nonce}">${stylesheet(profile)}</style>
</head>
<body class="profile-${profile.name}">
<main class="page">
${blocks.map(blockHtml).join('\n')}
</main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}

function blockHtml(block: PrintBlock): string {
  const classes = [block.kind, block.level !== undefined ? `level-${block.level}` : ''].filter(Boolean).join(' ');
  const runs = block.runs.map((run) => (run.role === 'heading' && block.kind === 'body' ? `<span class="run-in level-${block.level}">${escapeHtml(run.text)}</span>` : escapeHtml(run.text))).join('');
  return `<p class="${classes}" data-line="${block.line}">${runs}</p>`;
}

function font(spec: FontSpec): string {
  return `font-family: ${spec.family.map((name) => `"${name}"`).join(', ')}, serif; font-size: ${spec.size}pt;${spec.bold ? ' font-weight: bold;' : ''}`;
}

function stylesheet(profile: PrintProfile): string {
  const { page } = profile;
  const lineHeight = profile.linePitch !== undefined ? `${profile.linePitch.toFixed(2)}pt` : String(profile.lineSpacing ?? 1.5);
  const headingStyles = profile.headings
    .map((spec, index) => `.heading.level-${index + 1}, .run-in.level-${index + 1} { ${font(spec)} }`)
    .join('\n');
  return `
html { background: #e8e8e8; }
body { margin: 0; padding: 24px 0; color: #000; }
.page { box-sizing: border-box; width: ${page.width}mm; min-height: ${page.height}mm; margin: 0 auto; background: #fff;
  padding: ${page.top}mm ${page.right}mm ${page.bottom}mm ${page.left}mm; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25); }
p { margin: 0; text-align: justify; line-height: ${lineHeight}; ${font(profile.body)} }
.title { text-align: center; ${font(profile.title)} margin-bottom: ${lineHeight}; }
.subtitle { text-align: center; ${font(profile.subtitle)} }
.subtitle + .salutation, .title + .salutation { margin-top: ${lineHeight}; }
.body, .heading, .closing { text-indent: ${profile.indentCharacters}em; }
${headingStyles}
`;
}

/** Follows the editor: the extension posts the first visible line, the page scrolls to the paragraph of that line. */
const SCRIPT = `
(function () {
  const paragraphs = Array.from(document.querySelectorAll('[data-line]'));
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'scroll') return;
    let target = paragraphs[0];
    for (const paragraph of paragraphs) {
      if (Number(paragraph.dataset.line) <= message.line) target = paragraph; else break;
    }
    if (target) target.scrollIntoView({ block: 'start' });
  });
})();
`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

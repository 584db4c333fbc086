/** The speech as an HTML page in a print profile, for the preview beside the editor. No remote resource, no inline style. */

import {
  layoutSpeech,
  lineHeightPt,
  paginate,
  rubyPairs,
  type FontSpec,
  type LayoutAids,
  type PrintRun,
  type PrintLine,
  type PrintPage,
  type PrintProfile,
} from '../core/services/print';
import type { ParsedSpeech } from '../core/parse/types';

export interface PreviewOptions {
  profile: PrintProfile;
  fallbackTitle?: string;
  /** A fresh random value a render: only the page's own style and script carry it (Content-Security-Policy). */
  nonce: string;
  language: 'zh-cn' | 'en';
  /** Readings over hard words, in a profile that has them (the reading copy). */
  aids?: LayoutAids;
}

export function speechToHtml(speech: ParsedSpeech, options: PreviewOptions): string {
  const { profile, nonce } = options;
  const pages = paginate(layoutSpeech(speech, profile, options.fallbackTitle, options.aids), profile);
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
<div class="pages">
${pages.map((page) => pageHtml(page, profile)).join('\n')}
</div>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}

/** One A4 sheet: the text block at the profile's margins, a line a row, and the page number at the foot. */
function pageHtml(page: PrintPage, profile: PrintProfile): string {
  const lines = page.lines.map((line) => (line ? lineHtml(line) : '<div class="line blank"></div>')).join('\n');
  const folio = profile.pageNumbers
    ? `\n<div class="folio ${page.number % 2 === 1 ? 'odd' : 'even'}">— ${page.number} —</div>`
    : '';
  return `<section class="page" data-page="${page.number}">\n<div class="text">\n${lines}\n</div>${folio}\n</section>`;
}

function lineHtml(line: PrintLine): string {
  const classes = [
    'line',
    line.kind,
    line.level !== undefined ? `level-${line.level}` : '',
    line.first ? 'first' : '',
    line.last ? 'last' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const runs = line.runs
    .map((run) =>
      run.role === 'heading' && line.kind === 'body'
        ? `<span class="run-in level-${line.level}">${runHtml(run)}</span>`
        : runHtml(run),
    )
    .join('');
  const source = line.sourceLine !== undefined ? ` data-line="${line.sourceLine}"` : '';
  return `<div class="${classes}"${source}>${runs}</div>`;
}

/** A run's text; a word with its reading over it as <ruby>, each character over its own syllable. */
function runHtml(run: PrintRun): string {
  if (run.ruby === undefined) return escapeHtml(run.text);
  const pairs = rubyPairs(run.text, run.ruby);
  return `<ruby>${pairs.map((pair) => `${escapeHtml(pair.base)}<rt>${escapeHtml(pair.ruby)}</rt>`).join('')}</ruby>`;
}

function font(spec: FontSpec): string {
  return `font-family: ${spec.family.map((name) => `"${name}"`).join(', ')}, serif; font-size: ${spec.size}pt;${spec.bold ? ' font-weight: bold;' : ''}`;
}

function stylesheet(profile: PrintProfile): string {
  const { page } = profile;
  const pitch = `${lineHeightPt(profile).toFixed(2)}pt`;
  const headingStyles = profile.headings
    .map((spec, index) => `.heading.level-${index + 1}, .run-in.level-${index + 1} { ${font(spec)} }`)
    .join('\n');
  return `
html { background: #e8e8e8; }
body { margin: 0; padding: 16px 0; color: #000; }
.page { position: relative; box-sizing: border-box; width: ${page.width}mm; height: ${page.height}mm; margin: 0 auto 16px; background: #fff;
  padding: ${page.top}mm ${page.right}mm ${page.bottom}mm ${page.left}mm; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25); overflow: hidden; }
.line { height: ${pitch}; line-height: ${pitch}; white-space: nowrap; overflow: visible; text-align: justify; text-align-last: justify; ${font(profile.body)} }
.line.last { text-align-last: left; }
.line.first.body, .line.first.heading, .line.first.closing { text-indent: ${profile.indentCharacters}em; }
.title { ${font(profile.title)} text-align: center; text-align-last: center; }
.subtitle { ${font(profile.subtitle)} text-align: center; text-align-last: center; }
${headingStyles}
rt { font-family: "Times New Roman", serif; font-size: 0.5em; font-weight: normal; text-indent: 0; }
.folio { position: absolute; bottom: ${Math.max(page.bottom - 14, 4)}mm; font-family: "宋体", "SimSun", serif; font-size: 14pt; }
.folio.odd { right: ${page.right + 7}mm; }
.folio.even { left: ${page.left + 7}mm; }
`;
}

/**
 * Fits the sheets to the pane (zoomed down, never up) and follows the editor: the extension posts the first visible
 * line, the page scrolls to the printed line of that source line.
 */
const SCRIPT = `
(function () {
  const sheet = document.querySelector('.page');
  function fit() {
    if (!sheet) return;
    document.body.style.zoom = '1';
    const scale = Math.min(1, (window.innerWidth - 16) / sheet.offsetWidth);
    document.body.style.zoom = String(Math.max(scale, 0.2));
  }
  fit();
  window.addEventListener('resize', fit);
  const marked = Array.from(document.querySelectorAll('[data-line]'));
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'scroll') return;
    let target = marked[0];
    for (const line of marked) {
      if (Number(line.dataset.line) <= message.line) target = line; else break;
    }
    if (target) target.scrollIntoView({ block: 'start' });
  });
})();
`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

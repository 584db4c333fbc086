import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import {
  charactersPerLine,
  layoutSpeech,
  linesPerPage,
  OFFICIAL,
  paginate,
  parseSpeech,
  READING,
  withSizes,
  type PrintLine,
} from '../../src/core';
import { speechToDocx } from '../../src/export/docx';
import { speechToHtml } from '../../src/export/html';
import { fixture, REPO, renderFirstPage } from './helpers';

const TITLE_000 = '在全县社区（村）书记培训班开班式上的讲话';

async function docxParts(
  name: string,
  profile = OFFICIAL,
  fallbackTitle = TITLE_000,
): Promise<{ bytes: Uint8Array; document: string; styles: string; footer: string; fonts: string }> {
  const bytes = await speechToDocx(parseSpeech(fixture(name)), { profile, fallbackTitle });
  const files = unzipSync(bytes);
  const part = (path: string): string => (files[path] ? strFromU8(files[path]) : '');
  const footerName = Object.keys(files).find((path) => /^word\/footer\d*\.xml$/.test(path)) ?? '';
  return {
    bytes,
    document: part('word/document.xml'),
    styles: part('word/styles.xml'),
    footer: part(footerName),
    fonts: part('word/fontTable.xml'),
  };
}

/** The paragraphs of document.xml as [properties XML, runs XML, text]. */
function paragraphs(document: string): Array<{ xml: string; text: string }> {
  return [...document.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((match) => {
    const xml = match[1] ?? match[2];
    return { xml, text: [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('') };
  });
}

function paragraphWith(document: string, start: string): { xml: string; text: string } {
  const found = paragraphs(document).find((p) => p.text.startsWith(start));
  assert.ok(found, `a paragraph starting with ${start}`);
  return found;
}

describe('export: the print model', () => {
  it('lays out seed 000: title, salutation, body, headings, closing', () => {
    const blocks = layoutSpeech(parseSpeech(fixture('seed-000-opening.txt')), OFFICIAL, TITLE_000);
    assert.deepEqual(
      blocks.slice(0, 3).map((b) => [b.kind, b.runs[0].text.slice(0, 9)]),
      [
        ['title', TITLE_000.slice(0, 9)],
        ['salutation', '各位学员、同志们：'],
        ['body', '为进一步提高我县社'],
      ],
    );
    const headings = blocks.filter((b) => b.kind === 'heading');
    assert.deepEqual(
      headings.map((b) => [b.level, b.runs[0].text.slice(0, 2)]),
      [
        [1, '一、'],
        [1, '二、'],
        [1, '三、'],
      ],
    );
    assert.equal(blocks.at(-1)?.kind, 'closing');
  });

  it('takes the title and subtitle lines above the salutation, and runs (一) in with its paragraph in the official profile', () => {
    const speech = parseSpeech(
      '在全市工作会议上的讲话\n（2024年3月15日）\n同志们：\n一、总体要求\n（一）提高认识。要深刻认识。\n谢谢大家！',
    );
    const official = layoutSpeech(speech, OFFICIAL);
    assert.deepEqual(
      official.map((b) => b.kind),
      ['title', 'subtitle', 'salutation', 'heading', 'body', 'closing'],
    );
    assert.deepEqual(official[4].runs, [
      { text: '（一）提高认识。', role: 'heading' },
      { text: '要深刻认识。', role: 'body' },
    ]);
    const reading = layoutSpeech(speech, READING);
    assert.deepEqual(
      reading.map((b) => b.kind),
      ['title', 'subtitle', 'salutation', 'heading', 'heading', 'body', 'closing'],
      'each heading on its own line',
    );
  });

  it('scales the sizes the settings give', () => {
    const larger = withSizes(OFFICIAL, { body: 18, title: 26 });
    assert.equal(larger.body.size, 18);
    assert.equal(larger.title.size, 26);
    assert.equal(larger.headings[0].size, 18);
  });
});

describe('export: .docx in the official-document format (GB/T 9704)', () => {
  for (const name of ['seed-000-opening.txt', 'seed-002-community.txt']) {
    it(`${name}: A4, margins 37/35/28/26 mm, 22 lines of 28 characters, page numbers — 1 —`, async () => {
      const { document, footer } = await docxParts(name);
      assert.match(document, /<w:pgSz w:w="11906" w:h="16838"/);
      assert.match(document, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
      assert.match(document, /<w:docGrid w:type="linesAndChars" w:linePitch="579"/);
      assert.match(footer, /— /);
      assert.match(footer, /PAGE/);
      assert.match(footer, /w:eastAsia="宋体"/);
    });
  }

  it('seed 000: title in 方正小标宋简体 二号 centred, salutation, body in 仿宋_GB2312 三号 indented two characters, 黑体 level-1 headings', async () => {
    const { document } = await docxParts('seed-000-opening.txt');
    const title = paragraphWith(document, TITLE_000);
    assert.match(title.xml, /<w:jc w:val="center"\/>/);
    assert.match(title.xml, /w:eastAsia="方正小标宋简体"/);
    assert.match(title.xml, /<w:sz w:val="44"\/>/);
    const salutation = paragraphWith(document, '各位学员、同志们：');
    assert.doesNotMatch(salutation.xml, /firstLineChars/);
    const body = paragraphWith(document, '为进一步提高');
    assert.match(body.xml, /w:firstLineChars="200"/);
    assert.match(
      body.xml,
      /<w:spacing [^>]*w:line="579"[^>]*w:lineRule="exact"|<w:spacing [^>]*w:lineRule="exact"[^>]*w:line="579"/,
    );
    assert.match(body.xml, /w:eastAsia="仿宋_GB2312"/);
    assert.match(body.xml, /<w:sz w:val="32"\/>/);
    for (const heading of ['一、不断提高认识水平', '二、切实注重培训实效', '三、严格落实培训要求']) {
      assert.match(paragraphWith(document, heading).xml, /w:eastAsia="黑体"/);
    }
    assert.match(paragraphWith(document, '谢谢大家！').xml, /w:eastAsia="仿宋_GB2312"/);
  });

  it('seed 002: its (一) headings run in with their paragraph in 楷体_GB2312, the rest of the paragraph in 仿宋_GB2312', async () => {
    const { document } = await docxParts('seed-002-community.txt', OFFICIAL, '在全区社区干部培训班上的讲话');
    const paragraph = paragraphWith(document, '(一)举办这次培训班');
    const runs = [...paragraph.xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((run) => run[1]);
    assert.match(runs[0], /w:eastAsia="楷体_GB2312"/);
    assert.match(runs[0], /举办这次培训班,是武进实现城市化战略、统筹城乡发展的现实需要。/);
    assert.match(runs[1], /w:eastAsia="仿宋_GB2312"/);
    assert.match(paragraphWith(document, '一、统一思想').xml, /w:eastAsia="黑体"/);
  });

  it('names fallbacks for fonts a machine may lack (w:altName), and Times New Roman for Latin and digits', async () => {
    const { fonts, styles, document } = await docxParts('seed-000-opening.txt');
    assert.match(fonts, /<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
    assert.match(fonts, /<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"\/>/);
    assert.match(fonts, /<w:font w:name="方正小标宋简体"><w:altName w:val="方正小标宋_GBK"\/>/);
    assert.match(styles + document, /w:ascii="Times New Roman"/);
  });

  it('seed 000 in the reading profile: 二号 body, 1.8 line spacing, wide margins', async () => {
    const { document } = await docxParts('seed-000-opening.txt', READING);
    const body = paragraphWith(document, '为进一步提高');
    assert.match(body.xml, /<w:sz w:val="44"\/>/);
    assert.match(body.xml, /w:line="432"/);
    assert.match(body.xml, /w:lineRule="auto"/);
    assert.match(document, /<w:pgMar w:top="1701" w:right="1984" w:bottom="1701" w:left="1984"/);
  });

  it('renders page 1 of seed 000 to test-results/ where LibreOffice is installed, for a person to look at', async function () {
    this.timeout(120_000);
    const { bytes } = await docxParts('seed-000-opening.txt');
    if (!renderFirstPage('seed-000-official', bytes))
      console.log('      (LibreOffice or pdftoppm is not installed: the .docx is in test-results/, not rendered)');
  });
});

describe('export: pinyin over hard words in the reading copy', () => {
  const SPEECH = [
    '在全市教育工作会议上的讲话',
    '',
    '同志们：',
    '',
    '我们要着力解决发展中的症结，给予莘莘学子更好的环境。莘莘学子是未来，要以锲而不舍的精神谆谆教导。',
    '',
    '一、栉风沐雨，踔厉奋发',
    '',
    '张耄同志说，要把饕餮盛宴的风气刹住。',
  ].join('\n');
  const speech = parseSpeech(SPEECH);
  const rubies = (blocks: ReturnType<typeof layoutSpeech>): string[] =>
    blocks.flatMap((block) =>
      block.runs.filter((run) => run.ruby !== undefined).map((run) => `${run.text}:${run.ruby}`),
    );
  const texts = (blocks: ReturnType<typeof layoutSpeech>): string[] =>
    blocks.map((block) => block.runs.map((run) => run.text).join(''));

  it('curated: every place a word commonly misread stands carries its reading, and the text is unchanged', () => {
    const aids = { pinyin: 'curated' as const };
    const blocks = layoutSpeech(speech, READING, undefined, aids);
    assert.deepEqual(rubies(blocks), [
      '着力:zhuó lì',
      '症结:zhēng jié',
      '给予:jǐ yǔ',
      '莘莘学子:shēn shēn xué zǐ',
      '莘莘学子:shēn shēn xué zǐ',
      '锲而不舍:qiè ér bù shě',
      '谆谆:zhūn zhūn',
      '栉风沐雨:zhì fēng mù yǔ',
      '踔厉奋发:chuō lì fèn fā',
    ]);
    assert.deepEqual(texts(blocks), texts(layoutSpeech(speech, READING)));
  });

  it('all: the characters outside the first level of 《通用规范汉字表》 too; none: nothing', () => {
    const all = rubies(layoutSpeech(speech, READING, undefined, { pinyin: 'all' }));
    assert.ok(all.includes('饕:tāo') && all.includes('餮:tiè') && all.includes('耄:mào'), all.join(' '));
    assert.ok(all.includes('莘莘学子:shēn shēn xué zǐ'), 'a curated word stays one piece');
    assert.deepEqual(rubies(layoutSpeech(speech, READING, undefined, { pinyin: 'none' })), []);
  });

  it('leaves the names of the word list alone, and never annotates the official-document format', () => {
    const options = { words: ['张耄'], terms: [] };
    const all = rubies(layoutSpeech(speech, READING, undefined, { pinyin: 'all', options }));
    assert.ok(!all.includes('耄:mào'), all.join(' '));
    assert.deepEqual(rubies(layoutSpeech(speech, OFFICIAL, undefined, { pinyin: 'all' })), []);
  });

  it('never breaks a line inside a word with its reading, and keeps every character in order', () => {
    const long = parseSpeech(`${'莘莘学子'.repeat(40)}。`);
    const blocks = layoutSpeech(long, READING, '标题', { pinyin: 'curated' });
    const pages = paginate(blocks, READING);
    const lines = pages.flatMap((page) => page.lines).filter((line): line is PrintLine => line !== undefined);
    assert.equal(
      lines.map((line) => line.runs.map((run) => run.text).join('')).join(''),
      `标题${'莘莘学子'.repeat(40)}。`,
    );
    for (const line of lines.slice(1))
      for (const run of line.runs) assert.ok(run.ruby === undefined || run.text === '莘莘学子', run.text);
  });

  it('.docx: Word ruby (w:ruby), a character over its syllable at half the size, in the body font', async () => {
    const bytes = await speechToDocx(speech, { profile: READING, aids: { pinyin: 'curated' } });
    const document = strFromU8(unzipSync(bytes)['word/document.xml']);
    const rubyXml = [...document.matchAll(/<w:ruby>([\s\S]*?)<\/w:ruby>/g)].map((match) => match[1]);
    const pairs = rubyXml.map((xml) => {
      const rt = /<w:rt>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/.exec(xml)?.[1];
      const base = /<w:rubyBase>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/.exec(xml)?.[1];
      return `${base}${rt}`;
    });
    assert.deepEqual(pairs.slice(0, 6), ['着zhuó', '力lì', '症zhēng', '结jié', '给jǐ', '予yǔ']);
    assert.equal(pairs.length, 2 + 2 + 2 + 4 + 4 + 4 + 2 + 4 + 4);
    for (const xml of rubyXml) {
      assert.match(
        xml,
        /<w:rubyPr><w:rubyAlign w:val="center"\/><w:hps w:val="22"\/><w:hpsRaise w:val="42"\/><w:hpsBaseText w:val="44"\/><w:lid w:val="zh-CN"\/><\/w:rubyPr>/,
      );
      const fonts = [...xml.matchAll(/w:eastAsia="([^"]+)"/g)].map((match) => match[1]);
      assert.equal(fonts.length, 2);
      assert.equal(fonts[0], fonts[1], 'the reading in the font of its word');
      assert.match(xml, /<w:rt><w:r><w:rPr>.*<w:sz w:val="22"\/>/);
      assert.match(xml, /<w:rubyBase><w:r><w:rPr>.*<w:sz w:val="44"\/>/);
    }
    assert.ok(
      rubyXml.some((xml) => xml.includes('w:eastAsia="仿宋_GB2312"')),
      'the body font in the body',
    );
    assert.doesNotMatch(document, /\uE000|\uE001/, 'no marker is left');
    const text = paragraphWith(document, '我们要').text;
    assert.ok(
      text.includes('要zhuó着lì力解决'),
      'the base text stays in its place, each character after its reading (w:rt comes first)',
    );
    const official = strFromU8(
      unzipSync(await speechToDocx(speech, { profile: OFFICIAL, aids: { pinyin: 'all' } }))['word/document.xml'],
    );
    assert.doesNotMatch(official, /<w:ruby>/);
  });

  it('renders page 1 of a reading copy with pinyin to test-results/ where LibreOffice is installed', async function () {
    this.timeout(120_000);
    const bytes = await speechToDocx(speech, { profile: READING, aids: { pinyin: 'curated' } });
    if (!renderFirstPage('reading-pinyin', bytes))
      console.log('      (LibreOffice or pdftoppm is not installed: the .docx is in test-results/, not rendered)');
  });

  it('the preview: <ruby>, a character over its syllable', () => {
    const html = speechToHtml(speech, { profile: READING, nonce: 'n', language: 'zh-cn', aids: { pinyin: 'curated' } });
    assert.ok(html.includes('<ruby>莘<rt>shēn</rt>莘<rt>shēn</rt>学<rt>xué</rt>子<rt>zǐ</rt></ruby>'));
    assert.match(html, /rt \{ font-family: "Times New Roman", serif; font-size: 0\.5em;/);
    const plain = speechToHtml(speech, { profile: READING, nonce: 'n', language: 'zh-cn', aids: { pinyin: 'none' } });
    assert.doesNotMatch(plain, /<ruby>/);
  });
});

describe('export: pages', () => {
  const speech = parseSpeech(fixture('seed-000-opening.txt'));
  const blocks = layoutSpeech(speech, OFFICIAL, TITLE_000);
  const pages = paginate(blocks, OFFICIAL);
  const lines = pages.flatMap((page) => page.lines);
  const textOf = (line: PrintLine | undefined): string => (line ? line.runs.map((run) => run.text).join('') : '');

  it('keeps every character of every block, in order', () => {
    const blockText = blocks.map((block) => block.runs.map((run) => run.text).join('')).join('');
    assert.equal(lines.map(textOf).join(''), blockText);
  });

  it('sets 22 lines a page and 28 characters a body line, never starting a line with a closing mark', () => {
    assert.equal(linesPerPage(OFFICIAL), 22);
    assert.equal(charactersPerLine(OFFICIAL, OFFICIAL.body), 28);
    assert.ok(pages.slice(0, -1).every((page) => page.lines.length === 22));
    for (const line of lines) {
      if (!line || line.kind === 'title' || line.kind === 'subtitle') continue;
      // Digits and Latin letters are half as wide as a Chinese character.
      const width =
        Array.from(textOf(line)).reduce((sum, character) => sum + (/[\x20-\x7e]/.test(character) ? 0.5 : 1), 0) +
        (line.first ? 2 : 0);
      assert.ok(width <= 29, `${width}: ${textOf(line)}`);
      assert.doesNotMatch(textOf(line), /^[，。、；：？！）》”]/);
    }
  });

  it('leaves a blank line after the title block, as the .docx does', () => {
    const titleAt = lines.findIndex((line) => line?.kind === 'title');
    assert.equal(lines[titleAt + 1], undefined);
  });

  it('the reading copy has fewer, larger lines a page', () => {
    assert.ok(linesPerPage(READING) < 22 && charactersPerLine(READING, READING.body) < 28);
  });
});

describe('export: the preview page', () => {
  const html = speechToHtml(parseSpeech(fixture('seed-000-opening.txt')), {
    profile: OFFICIAL,
    fallbackTitle: TITLE_000,
    nonce: 'n0nce',
    language: 'zh-cn',
  });

  it('has a strict Content-Security-Policy and loads nothing from anywhere', () => {
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-n0nce'; script-src 'nonce-n0nce';">/,
    );
    assert.doesNotMatch(html, /https?:\/\//);
    assert.doesNotMatch(html, / style="/, 'no inline style attributes');
    assert.doesNotMatch(html, /<(link|img|iframe)\b/);
  });

  it('renders the speech in the profile: the A4 page, title, headings by level, each paragraph with its source line', () => {
    assert.match(html, /width: 210mm/);
    assert.match(html, new RegExp(`<div class="line title first last" data-line="0">${TITLE_000}</div>`));
    assert.match(
      html,
      /<div class="line heading level-1 first last" data-line="5">一、不断提高认识水平，领会学习培训的重要性<\/div>/,
    );
    assert.match(html, /font-family: "黑体", "SimHei"/);
    assert.match(html, /font-family: "仿宋_GB2312", "仿宋", "FangSong"/);
  });

  it('is paginated like the .docx: A4 sheets of at most 22 lines, numbered — 1 —, — 2 —, fitted to the pane', () => {
    const sheets = html.match(/<section class="page" data-page="\d+">[\s\S]*?<\/section>/g) ?? [];
    assert.ok(sheets.length >= 3, `seed 000 fills ${sheets.length} pages`);
    sheets.forEach((sheet, index) => {
      assert.ok((sheet.match(/<div class="line/g) ?? []).length <= 22, `page ${index + 1} holds at most 22 lines`);
      assert.match(sheet, new RegExp(`<div class="folio (odd|even)">— ${index + 1} —</div>`));
    });
    assert.match(html, /height: 297mm/);
    assert.match(html, /document\.body\.style\.zoom/, 'the sheets are zoomed to fit a narrow pane');
  });

  it('escapes the text it shows', () => {
    const page = speechToHtml(parseSpeech('<script>alert(1)</script> & "引号"'), {
      profile: OFFICIAL,
      nonce: 'x',
      language: 'en',
    });
    assert.match(page, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &quot;引号&quot;/);
  });
});

describe('export: the CLI', () => {
  const run = (args: string[]): { status: number | null; stderr: string } => {
    const result = spawnSync(process.execPath, [resolve(REPO, 'dist/cli.js'), ...args], { encoding: 'utf8' });
    return { status: result.status, stderr: result.stderr };
  };

  it('speech-draft export --profile official|reading FILE -o OUT.docx writes a Word document', () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-export-'));
    for (const profile of ['official', 'reading']) {
      const out = join(dir, `${profile}.docx`);
      const result = run([
        'export',
        '--profile',
        profile,
        resolve(REPO, 'test/fixtures/seed-000-opening.txt'),
        '-o',
        out,
        '--title',
        TITLE_000,
      ]);
      assert.equal(result.status, 0, result.stderr);
      const document = strFromU8(unzipSync(readFileSync(out))['word/document.xml']);
      assert.match(document, new RegExp(TITLE_000.replace(/[()（）]/g, '.')));
      assert.match(document, profile === 'official' ? /w:line="579"/ : /w:line="432"/);
    }
  });

  it('takes the file name as the title when the speech has none and --title is not given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-export-'));
    const source = join(dir, '开班式讲话.txt');
    writeFileSync(source, fixture('seed-000-opening.txt'));
    const out = join(dir, 'out.docx');
    assert.equal(run(['export', source, '-o', out]).status, 0);
    assert.match(strFromU8(unzipSync(readFileSync(out))['word/document.xml']), /开班式讲话<\/w:t>/);
  });

  it('export --profile reading prints pinyin over hard words unless --pinyin none, and refuses another mode', () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-export-'));
    const source = join(dir, '讲话.txt');
    writeFileSync(source, '同志们：\n\n要给予莘莘学子关怀。\n');
    const document = (args: string[]): string => {
      const out = join(dir, 'out.docx');
      const result = run(['export', '--profile', 'reading', ...args, source, '-o', out]);
      assert.equal(result.status, 0, result.stderr);
      return strFromU8(unzipSync(readFileSync(out))['word/document.xml']);
    };
    assert.equal(document([]).match(/<w:ruby>/g)?.length, 6);
    assert.doesNotMatch(document(['--pinyin', 'none']), /<w:ruby>/);
    const bad = run(['export', '--profile', 'reading', '--pinyin', 'some', source, '-o', join(dir, 'x.docx')]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--pinyin must be curated, all or none, not 'some'/);
  });

  it('exits 2 with one line for a bad profile or a missing -o', () => {
    const seed = resolve(REPO, 'test/fixtures/seed-000-opening.txt');
    const bad = run(['export', '--profile', 'fancy', seed, '-o', '/tmp/x.docx']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--profile must be official, reading or review/);
    const missing = run(['export', seed]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /missing -o OUT\.docx/);
  });
});

/** Everything the CLI says to a person, in both languages it speaks. */

import type { Locale } from '../core';
import type { WordProblem } from '../import/docx';

export type Text = Record<Locale, string>;

export function usage(rate: number, rcFile: string): Text {
  return {
    en: `Usage: speech-draft <command> [options] FILE...

Commands:
  outline FILE        the section tree from the heading numbering (一、 （一） 1. （1） and 一是/二是 items)
  stats FILE          character count and speaking time
  lint FILE|DIR|GLOB...
                      unfilled placeholders, punctuation, numbering; exit 1 when a finding is an error. A folder or a
                      glob ("drafts/**/*.txt", quoted) stands for its .txt, .md, .speech and .docx files, without
                      .git, node_modules and what .speechdraftignore (.gitignore syntax) leaves out
  export FILE -o OUT.docx
                      the speech as a Word document in the official-document format (GB/T 9704), as a reading copy,
                      or as a review copy with every finding as a Word comment
FILE is a text file (UTF-8, UTF-16 with a BOM, or GB18030/GBK) or a Word document (.docx).

Options:
  --format text|json   output format (default: text)
  --rate N             speaking rate in characters a minute, 60 to 600 (default: ${rate})
  --fix                lint: apply the safe fixes in place, keeping line endings and BOM
  --config FILE        lint: a ${rcFile} to use instead of the nearest one above each FILE
  --include-ignored    lint --format json: list the findings silenced by "ignore" or a disable comment too
  --encoding NAME      read text files in this encoding: utf-8 or gb18030 (gbk, gb2312); --fix writes it back so
  --profile NAME       export: official (default), reading, or review (findings as Word comments)
  --pinyin MODE        export --profile reading: pinyin over hard words: curated (default: the words commonly
                       misread), all (and every character outside the 3,500 common ones) or none
  --title TEXT         export: the title, when the speech has no title line (default: the file name)
  --allow-placeholders export: write without warning about unfilled placeholders
  -o, --output FILE    export: where to write the .docx
  -h, --help           show this help
  -v, --version        show the version

Results go to standard output; warnings, errors and the closing summary to standard error.
Messages are in Chinese when LANG (or LC_ALL, LC_MESSAGES) is Chinese.`,
    'zh-cn': `用法：speech-draft <命令> [选项] 文件...

命令：
  outline 文件         按标题序号列出提纲（一、 （一） 1. （1） 及一是、二是等列举）
  stats 文件           字数与预计讲话时长
  lint 文件|文件夹|通配符...
                       检查未填写的占位符、标点和序号；有“错误”级问题时退出码为 1。文件夹或通配符
                       （"drafts/**/*.txt"，加引号）指其中的 .txt、.md、.speech、.docx 文件，不含 .git、
                       node_modules 和 .speechdraftignore（.gitignore 语法）排除的文件
  export 文件 -o 输出.docx
                       导出为 Word 文档：党政机关公文格式（GB/T 9704）、朗读稿，或把每个问题写成批注的审阅稿
文件可以是文本文件（UTF-8、带 BOM 的 UTF-16 或 GB18030/GBK）或 Word 文档（.docx）。

选项：
  --format text|json   输出格式（默认 text）
  --rate N             语速，每分钟字数，60～600（默认 ${rate}）
  --fix                lint：就地应用安全修复，保留换行符和 BOM
  --config 文件        lint：使用指定的 ${rcFile}，而不是各文件上级目录中最近的一个
  --include-ignored    lint --format json：同时列出被 ignore 或停用注释忽略的问题
  --encoding 名称      按此编码读取文本文件：utf-8 或 gb18030（gbk、gb2312）；--fix 按原编码写回
  --profile 名称       export：official（公文格式，默认）、reading（朗读稿）或 review（问题写成批注的审阅稿）
  --pinyin 方式        export --profile reading：在难读字词上方注拼音：curated（默认，常被读错的词）、
                       all（另加3500个常用字以外的所有字）或 none（不注）
  --title 文字         export：讲话稿没有标题行时使用的标题（默认取文件名）
  --allow-placeholders export：有未填写的占位符时也不提示
  -o, --output 文件    export：.docx 的保存位置
  -h, --help           显示本帮助
  -v, --version        显示版本

结果写到标准输出；警告、错误和最后的汇总写到标准错误。
LANG（或 LC_ALL、LC_MESSAGES）为中文时以中文提示。`,
  };
}

export const SEE_HELP: Text = { en: 'see --help', 'zh-cn': '参见 --help' };

export function unknownOption(option: string): Text {
  return { en: `unknown option ${option}`, 'zh-cn': `未知选项 ${option}` };
}

export function optionNeedsValue(option: string): Text {
  return { en: `option ${option} needs a value`, 'zh-cn': `选项 ${option} 需要一个值` };
}

export function optionTakesNoValue(option: string): Text {
  return { en: `option ${option} takes no value`, 'zh-cn': `选项 ${option} 不带值` };
}

export function badOption(detail: string): Text {
  return { en: `bad option: ${detail}`, 'zh-cn': `选项有误：${detail}` };
}

export const MISSING_FILE: Text = { en: 'missing FILE', 'zh-cn': '缺少文件' };
export const MISSING_COMMAND: Text = {
  en: 'missing command (outline, stats, lint, export)',
  'zh-cn': '缺少命令（outline、stats、lint、export）',
};
export const MISSING_OUTPUT: Text = { en: 'missing -o OUT.docx', 'zh-cn': '缺少 -o 输出.docx' };

export function unknownCommand(command: string): Text {
  return {
    en: `unknown command '${command}' (outline, stats, lint, export)`,
    'zh-cn': `未知命令“${command}”（可用：outline、stats、lint、export）`,
  };
}

export function oneFileExpected(count: number): Text {
  return { en: `expected one FILE, got ${count}`, 'zh-cn': `只能指定一个文件，却给了${count}个` };
}

export function badFormat(value: string): Text {
  return {
    en: `--format must be text or json, not '${value}'`,
    'zh-cn': `--format 只能是 text 或 json，不能是“${value}”`,
  };
}

export function badProfile(value: string): Text {
  return {
    en: `--profile must be official, reading or review, not '${value}'`,
    'zh-cn': `--profile 只能是 official、reading 或 review，不能是“${value}”`,
  };
}

export function badPinyin(value: string): Text {
  return {
    en: `--pinyin must be curated, all or none, not '${value}'`,
    'zh-cn': `--pinyin 只能是 curated、all 或 none，不能是“${value}”`,
  };
}

export function badRate(value: string, min: number, max: number): Text {
  return {
    en: `--rate must be a number of characters a minute from ${min} to ${max}, not '${value}'`,
    'zh-cn': `--rate 应为每分钟${min}～${max}字之间的数，不能是“${value}”`,
  };
}

export function cannotRead(file: string, why: Text): Text {
  return { en: `cannot read '${file}': ${why.en}`, 'zh-cn': `无法读取“${file}”：${why['zh-cn']}` };
}

export function cannotWrite(file: string, why: Text): Text {
  return { en: `cannot write '${file}': ${why.en}`, 'zh-cn': `无法写入“${file}”：${why['zh-cn']}` };
}

export const NO_SUCH_FILE: Text = { en: 'no such file', 'zh-cn': '文件不存在' };
export const IS_DIRECTORY: Text = { en: 'it is a directory', 'zh-cn': '这是一个目录' };
export const NOT_UTF8: Text = { en: 'not valid UTF-8 text', 'zh-cn': '不是有效的 UTF-8 文本' };
export function badEncoding(name: string): Text {
  return {
    en: `unknown encoding "${name}": use utf-8 or gb18030 (gbk)`,
    'zh-cn': `未知的编码“${name}”：可用 utf-8 或 gb18030（gbk）`,
  };
}

/** Why a Word document could not be read. */
export const WORD_PROBLEMS: Readonly<Record<WordProblem, Text>> = {
  'not-docx': { en: 'not a Word document (.docx)', 'zh-cn': '不是 Word 文档（.docx）' },
  doc: {
    en: 'a Word 97-2003 document (.doc): save it as .docx first',
    'zh-cn': '这是 Word 97-2003 文档（.doc）：请先另存为 .docx',
  },
  encrypted: {
    en: 'the Word document is password-protected: remove the password first',
    'zh-cn': 'Word 文档设有密码：请先取消密码',
  },
  corrupt: { en: 'the Word document is damaged and cannot be read', 'zh-cn': 'Word 文档已损坏，无法读取' },
  'too-large': { en: 'larger than 50 MB: not a speech', 'zh-cn': '大于 50 MB，不像是讲话稿' },
  bomb: {
    en: 'its text unpacks to more than 64 MB (a damaged or hostile file): not a speech',
    'zh-cn': '解压后文字超过 64 MB（文件已损坏或有意构造）：不像是讲话稿',
  },
  'too-many-paragraphs': {
    en: 'more than 200,000 paragraphs: not a speech',
    'zh-cn': '段落超过 20 万个：不像是讲话稿',
  },
};

export const NO_FIX_IN_WORD: Text = {
  en: 'the fixes are not written into a Word document: its findings are listed, the file is unchanged',
  'zh-cn': '不会把修复写入 Word 文档：只列出问题，文件未改动',
};

export const NOT_TEXT: Text = {
  en: 'neither UTF-8 nor GB18030 (GBK) text; name its encoding with --encoding',
  'zh-cn': '既不是 UTF-8 也不是 GB18030（GBK）文本；请用 --encoding 指明编码',
};

/** The system's errors a person meets when reading or writing a file, in words; any other is named with its code. */
const SYSTEM_ERRORS: Readonly<Record<string, Text>> = {
  EFBIG: {
    en: 'the file would be larger than this file system or its limits allow; the file is unchanged',
    'zh-cn': '文件超出了文件系统或系统限制允许的大小，文件未改动',
  },
  EDQUOT: { en: 'the disk quota is used up; the file is unchanged', 'zh-cn': '磁盘配额已用完，文件未改动' },
  EROFS: { en: 'the file system is read-only', 'zh-cn': '文件系统是只读的' },
  EIO: { en: 'the device reported an input/output error', 'zh-cn': '设备读写出错' },
  EISDIR: { en: 'it is a directory', 'zh-cn': '这是一个目录' },
  ENOENT: { en: 'no such file or folder', 'zh-cn': '文件或文件夹不存在' },
  ENOTDIR: { en: 'a part of the path is not a folder', 'zh-cn': '路径中有一段不是文件夹' },
  ENAMETOOLONG: { en: 'the name is too long', 'zh-cn': '文件名太长' },
  ELOOP: { en: 'too many symbolic links in the path', 'zh-cn': '路径中的符号链接太多' },
  EBUSY: { en: 'the file is in use', 'zh-cn': '文件正被占用' },
  ETXTBSY: { en: 'the file is in use', 'zh-cn': '文件正被占用' },
  EMFILE: { en: 'too many files are open', 'zh-cn': '打开的文件太多' },
  EACCES: { en: 'permission denied', 'zh-cn': '没有权限' },
  EPERM: { en: 'permission denied', 'zh-cn': '没有权限' },
};

export function systemError(code: string | undefined): Text {
  if (code !== undefined && SYSTEM_ERRORS[code]) return SYSTEM_ERRORS[code];
  return { en: code ? `system error ${code}` : 'input/output error', 'zh-cn': code ? `系统错误 ${code}` : '读写出错' };
}

export function configProblem(file: string, problem: Text): Text {
  return { en: `${file}: ${problem.en}`, 'zh-cn': `${file}：${problem['zh-cn']}` };
}

export function placeholderExportWarning(file: string, headline: Text, list: string[]): Text {
  return {
    en: `warning: ${file}: ${headline.en} ${list.join('; ')} (--allow-placeholders exports without this warning)`,
    'zh-cn': `警告：${file}：${headline['zh-cn']}${list.join('；')}（加 --allow-placeholders 可不再提示）`,
  };
}

export function exported(output: string, profile: 'official' | 'reading', characters: string): Text {
  return {
    en: `Exported ${output} (${profile === 'official' ? 'official-document format' : 'reading copy'}, ${characters} characters)`,
    'zh-cn': `已导出 ${output}（${profile === 'official' ? '公文格式' : '朗读稿'}，${characters}字）`,
  };
}

export function exportedReview(output: string, comments: number): Text {
  return {
    en: `Exported ${output} (review copy, ${comments} comments)`,
    'zh-cn': `已导出 ${output}（审阅稿，${comments}条批注）`,
  };
}

export interface LintTotals {
  /** Files read and checked. */
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  fixed: number;
  /** Files that could not be read (not checked). */
  unread: number;
  /** Files that were checked but whose fixes could not be written, or that failed after reading. */
  unwritten: number;
}

/** The one line `lint` closes with: what was really checked, fixed, and what failed. */
export function noSpeechFiles(input: string): Text {
  return {
    en: `no speech file (.txt, .md, .speech, .docx) in or matching '${input}'`,
    'zh-cn': `'${input}' 中没有（或不匹配任何）讲话稿文件（.txt、.md、.speech、.docx）`,
  };
}

export function lintSummary(totals: LintTotals): Text {
  const { files, errors, warnings, infos, fixed, unread, unwritten } = totals;
  const problems = errors + warnings + infos;
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  const en = [
    files === 0
      ? 'no file checked'
      : problems === 0
        ? `${plural(files, 'file')} checked: no problems`
        : `${plural(files, 'file')} checked: ${plural(problems, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info)`,
    fixed > 0 ? `${fixed} fixed` : '',
    unread > 0 ? `${unread} could not be read` : '',
    unwritten > 0 ? `${unwritten} could not be written` : '',
  ]
    .filter(Boolean)
    .join('; ');
  const zh = [
    files === 0
      ? '没有检查任何文件'
      : problems === 0
        ? `检查了${files}个文件：没有问题`
        : `检查了${files}个文件：${problems}个问题（错误${errors}个，警告${warnings}个，提示${infos}个）`,
    fixed > 0 ? `已修复${fixed}个` : '',
    unread > 0 ? `${unread}个文件无法读取` : '',
    unwritten > 0 ? `${unwritten}个文件无法写入` : '',
  ]
    .filter(Boolean)
    .join('；');
  return { en, 'zh-cn': zh };
}

/** A UTF-8 file whose last character is cut off: read as UTF-8, its end left as it is. */
export function damagedUtf8End(file: string, byte: number): Text {
  return {
    en: `warning: ${file}: the file ends in the middle of a character (incomplete UTF-8 from byte ${byte}); it is read as UTF-8 and those bytes are left as they are`,
    'zh-cn': `警告：${file}：文件在一个字符的中间截断（从第${byte}字节起的 UTF-8 序列不完整）；按 UTF-8 读取，这几个字节保持原样`,
  };
}

/** A fault of the program on one file: reported as that file's failure, and the batch goes on. */
export function internalError(file: string, detail: string): Text {
  return {
    en: `'${file}': an internal error stopped its check (${detail}); please report it with the file`,
    'zh-cn': `“${file}”：程序内部出错，未能检查（${detail}）；请附上该文件报告此问题`,
  };
}

export function fixNotStable(file: string): Text {
  return {
    en: `warning: ${file}: the fixes did not settle after many passes; the file holds the last pass. Please report this with the file.`,
    'zh-cn': `警告：${file}：多轮修复后仍未稳定，文件保存的是最后一轮的结果。请附上该文件报告此问题。`,
  };
}

/** Human-readable figures in the two display languages. */

export type Locale = 'zh-cn' | 'en';

/** zh for any Chinese display language, en otherwise. */
export function localeOf(language: string | undefined): Locale {
  return language !== undefined && language.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/** 约6分钟 / about 6 min; 约20秒 / about 20 s; 约1小时5分钟 / about 1 h 5 min. */
export function formatDuration(seconds: number, locale: Locale): string {
  if (seconds < 60) {
    const shown = Math.max(1, Math.round(seconds));
    return locale === 'zh-cn' ? `约${shown}秒` : `about ${shown} s`;
  }
  const totalMinutes = Math.round(seconds / 60);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (locale === 'zh-cn') {
    return hours > 0 ? `约${hours}小时${minutes > 0 ? `${minutes}分钟` : ''}` : `约${minutes}分钟`;
  }
  return hours > 0 ? `about ${hours} h${minutes > 0 ? ` ${minutes} min` : ''}` : `about ${minutes} min`;
}

/** 1,234字 · 约6分钟 / 1,234 chars · about 6 min. */
export function formatSummary(characters: number, seconds: number, locale: Locale): string {
  const count = formatCount(characters);
  return locale === 'zh-cn'
    ? `${count}字 · ${formatDuration(seconds, locale)}`
    : `${count} chars · ${formatDuration(seconds, locale)}`;
}

/** Shortens text to at most `max` characters (code points), ending with … when cut. */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

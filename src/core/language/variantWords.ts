/**
 * Variant forms of words and the forms to use, from 《第一批异形词整理表》 (GF 1001-2001, 教育部、国家语言文字工作委员会,
 * published 2001-12-19, in trial use from 2002-03-31): each pair is the list's recommended form and one of the
 * forms it sets aside. A curated subset, for precision: only the set-aside forms that cannot also be read across a
 * word boundary in ordinary text. 成份 (完成份额), 人材 (个人材料), 过份 (超过份额), 原由 (原由县里承担), 丁宁 (a name),
 * 干与 (干与不干), 刻划 (深刻划定), 磨擦 (打磨擦亮) and the like are left out for that reason; so are 图象, 影象 and 录象,
 * whose only key would be 象, on most pages of a speech (形象, 现象, 对象).
 */

export interface VariantWord {
  /** The form the list sets aside. */
  variant: string;
  /** The form the list recommends. */
  preferred: string;
  /**
   * The variant's least common character: the lexer marks lines that hold one (see lineChars.ts), so the rule reads
   * only those. A variant whose characters are all common (小题大作, 记念) is left out: it would make the rule read most
   * lines, and the phrase is rarer than its cost.
   */
  key: string;
}

// Source: 《第一批异形词整理表》（GF 1001-2001），教育部、国家语言文字工作委员会2001年12月19日发布.

/** [preferred, variant, key]. */
const ENTRIES: ReadonlyArray<readonly [string, string, string]> = [
  ['毕恭毕敬', '必恭必敬', '恭'],
  ['百废俱兴', '百废具兴', '废'],
  ['出谋划策', '出谋画策', '画'],
  ['丰富多彩', '丰富多采', '采'],
  ['负隅顽抗', '负嵎顽抗', '嵎'],
  ['归根结底', '归根结柢', '柢'],
  ['鬼哭狼嚎', '鬼哭狼嗥', '嗥'],
  ['骄奢淫逸', '骄奢淫佚', '佚'],
  ['盘根错节', '蟠根错节', '蟠'],
  ['披星戴月', '披星带月', '披'],
  ['杀一儆百', '杀一警百', '杀'],
  ['死心塌地', '死心踏地', '踏'],
  ['铤而走险', '挺而走险', '挺'],
  ['五彩缤纷', '五采缤纷', '缤'],
  ['秀外慧中', '秀外惠中', '惠'],
  ['义无反顾', '义无返顾', '返'],
  ['一锤定音', '一槌定音', '槌'],
  ['再接再厉', '再接再砺', '砺'],
  ['直截了当', '直捷了当', '捷'],
  ['指手画脚', '指手划脚', '脚'],
  ['摩拳擦掌', '磨拳擦掌', '擦'],
  ['孤苦伶仃', '孤苦零丁', '孤'],
  ['浑水摸鱼', '混水摸鱼', '摸'],
  ['发人深省', '发人深醒', '醒'],
  ['骨瘦如柴', '骨瘦如豺', '豺'],
  ['一股脑儿', '一古脑儿', '脑'],
  ['正经八百', '正经八摆', '摆'],
  ['名副其实', '名符其实', '符'],
  ['惟妙惟肖', '维妙维肖', '肖'],
  ['弘扬', '宏扬', '宏'],
  ['轰动', '哄动', '哄'],
  ['精彩', '精采', '采'],
  ['喝彩', '喝采', '采'],
  ['神采', '神彩', '彩'],
  ['思维', '思惟', '惟'],
  ['折中', '折衷', '衷'],
  ['彻底', '澈底', '澈'],
  ['答复', '答覆', '覆'],
  ['模仿', '摹仿', '摹'],
  ['模拟', '摹拟', '摹'],
  ['谋划', '谋画', '画'],
  ['筹划', '筹画', '画'],
  ['弥漫', '迷漫', '迷'],
  ['辈分', '辈份', '辈'],
  ['盈余', '赢余', '赢'],
];

export const VARIANT_WORDS: readonly VariantWord[] = ENTRIES.map(([preferred, variant, key]) => {
  if (!variant.includes(key)) throw new Error(`variant words: ${key} is not in ${variant}`);
  return { variant, preferred, key };
});

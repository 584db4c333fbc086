/**
 * Numbered sets of official formulations, each member in its canonical wording and order, with where it was
 * published. Used by the `formulation` rule; an entry is added only with its source.
 */

export interface NumberedSet {
  /** How speeches name the set: 四个意识. */
  name: string;
  members: readonly string[];
  /** Parts that every member holds one of (意识): two of them on a line are the rule's first test. */
  markers: readonly string[];
  /** Where the set was published in this wording and order. */
  source: string;
}

export const NUMBERED_SETS: readonly NumberedSet[] = [
  {
    name: '四个意识',
    members: ['政治意识', '大局意识', '核心意识', '看齐意识'],
    markers: ['意识'],
    source: '中共中央政治局会议，2016年1月29日（新华社电）；《中国共产党章程》（2017年修改）总纲',
  },
  {
    name: '四个自信',
    members: ['道路自信', '理论自信', '制度自信', '文化自信'],
    markers: ['自信'],
    source: '习近平：在庆祝中国共产党成立95周年大会上的讲话，2016年7月1日；《中国共产党章程》（2017年修改）总纲',
  },
  {
    name: '五位一体',
    members: ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设'],
    markers: ['建设'],
    source: '胡锦涛：在中国共产党第十八次全国代表大会上的报告，2012年11月8日（“五位一体”总体布局）',
  },
  {
    name: '四个全面',
    members: ['全面建设社会主义现代化国家', '全面深化改革', '全面依法治国', '全面从严治党'],
    markers: ['全面'],
    source: '中共十九届五中全会公报，2020年10月29日（“四个全面”战略布局）',
  },
  {
    name: '三严三实',
    members: ['严以修身', '严以用权', '严以律己', '谋事要实', '创业要实', '做人要实'],
    markers: ['严以', '要实'],
    source: '习近平在十二届全国人大二次会议安徽代表团审议时的讲话，2014年3月9日（新华社电）',
  },
];

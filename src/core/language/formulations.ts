/**
 * Fixed formulations of official writing, in their published wording, with where each was published. Used by the
 * `formulation` rule; an entry is added only with its source.
 */

export interface NumberedSet {
  /** How speeches name the set: 四个意识. */
  name: string;
  members: readonly string[];
  /**
   * Parts that every member holds one of (意识): the rule finds members by these, with one regular expression. For a
   * set of two-character words (创新、协调) the members are their own markers.
   */
  markers: readonly string[];
  /**
   * How many members, one after another, make a list worth checking for its order. Two, unless the members are
   * common words that other lists put in another order (开放、创新).
   */
  minimumRun?: number;
  /** Other published wordings of a member, with the member's index: an earlier text's wording, still correct. */
  alternates?: Readonly<Record<string, number>>;
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
    name: '两个维护',
    members: ['坚决维护习近平同志党中央的核心、全党的核心地位', '坚决维护党中央权威和集中统一领导'],
    markers: ['维护'],
    alternates: { '坚决维护习近平总书记党中央的核心、全党的核心地位': 0 },
    source:
      '《中国共产党章程》（2022年修改）总纲；《中共中央关于党的百年奋斗重大成就和历史经验的决议》，2021年11月11日（此前的文件多作“坚决维护习近平总书记党中央的核心、全党的核心地位”）',
  },
  {
    name: '两个确立',
    members: ['确立习近平同志党中央的核心、全党的核心地位', '确立习近平新时代中国特色社会主义思想的指导地位'],
    markers: ['确立'],
    source: '《中共中央关于党的百年奋斗重大成就和历史经验的决议》，2021年11月11日',
  },
  {
    name: '五位一体',
    members: ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设'],
    markers: ['建设'],
    // 政治建设 also heads the list of the Party's own building (政治建设、思想建设、组织建设…).
    minimumRun: 3,
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
  {
    name: '新发展理念',
    members: ['创新', '协调', '绿色', '开放', '共享'],
    markers: ['创新', '协调', '绿色', '开放', '共享'],
    minimumRun: 4,
    source:
      '《中共中央关于制定国民经济和社会发展第十三个五年规划的建议》，2015年10月29日（创新、协调、绿色、开放、共享的发展理念）',
  },
  {
    name: '社会主义核心价值观',
    members: ['富强', '民主', '文明', '和谐', '自由', '平等', '公正', '法治', '爱国', '敬业', '诚信', '友善'],
    markers: ['富强', '民主', '文明', '和谐', '自由', '平等', '公正', '法治', '爱国', '敬业', '诚信', '友善'],
    minimumRun: 4,
    source: '中共中央办公厅《关于培育和践行社会主义核心价值观的意见》，2013年12月23日',
  },
];

export interface FixedFormulation {
  text: string;
  source: string;
}

/**
 * Formulations quoted word for word: a copy with one character missing, added, changed or two swapped is reported.
 * Seven characters at least, so that one character more or less cannot make another common phrase.
 */
export const FIXED_FORMULATIONS: readonly FixedFormulation[] = [
  { text: '习近平新时代中国特色社会主义思想', source: '《中国共产党章程》（2017年修改）总纲' },
  { text: '以人民为中心的发展思想', source: '中共十八届五中全会公报，2015年10月29日' },
  { text: '人类命运共同体', source: '《中国共产党章程》（2017年修改）总纲（推动构建人类命运共同体）' },
  { text: '中华民族伟大复兴', source: '《中国共产党章程》（2017年修改）总纲（实现中华民族伟大复兴的中国梦）' },
  { text: '社会主义核心价值观', source: '中共中央办公厅《关于培育和践行社会主义核心价值观的意见》，2013年12月23日' },
  {
    text: '坚持和完善中国特色社会主义制度',
    source:
      '《中共中央关于坚持和完善中国特色社会主义制度 推进国家治理体系和治理能力现代化若干重大问题的决定》，2019年10月31日',
  },
  {
    text: '推进国家治理体系和治理能力现代化',
    source: '《中共中央关于全面深化改革若干重大问题的决定》，2013年11月12日',
  },
  {
    text: '全过程人民民主',
    source: '习近平：在中国共产党第二十次全国代表大会上的报告，2022年10月16日（发展全过程人民民主）',
  },
  { text: '党中央集中统一领导', source: '《中国共产党章程》（2017年修改）总纲' },
  ...NUMBERED_SETS.flatMap((set) =>
    set.members.filter((member) => member.length >= 10).map((text) => ({ text, source: set.source })),
  ),
];

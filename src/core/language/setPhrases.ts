/** The typo rule's list of short set phrases of official writing, each with its source. */

import type { FixedFormulation } from './formulations';

const CEWC_2016 = '中央经济工作会议，2016年12月16日（稳中求进工作总基调）';
const CONGRESS_19_THEME = '中国共产党第十九次全国代表大会报告的主题，2017年10月18日';
const CONGRESS_19_REPORT = '习近平：在中国共产党第十九次全国代表大会上的报告，2017年10月18日';
const PLENUM_19_5 = '中共十九届五中全会公报，2020年10月29日';
const CONGRESS_20_THEME = '中国共产党第二十次全国代表大会报告的主题，2022年10月16日';
const CONGRESS_20_REPORT = '习近平：在中国共产党第二十次全国代表大会上的报告，2022年10月16日';
const WORK_SAFETY_RULES_2018 = '中共中央办公厅、国务院办公厅《地方党政领导干部安全生产责任制规定》，2018年4月';

/**
 * Short set phrases of official writing (four to eight characters), each with where it was published. The typo rule
 * reports a copy with one character written for another of the same reading or a similar shape (稳中求近 for 稳中求进):
 * the language model does not know them as words, and a slip inside one is read aloud as a mangled formulation.
 */
export const SET_PHRASES: readonly FixedFormulation[] = [
  { text: '稳中求进', source: CEWC_2016 },
  { text: '不忘初心', source: CONGRESS_19_THEME },
  { text: '牢记使命', source: CONGRESS_19_THEME },
  { text: '全面建成小康社会', source: CONGRESS_19_THEME },
  { text: '新发展理念', source: CONGRESS_19_REPORT },
  { text: '高质量发展', source: CONGRESS_19_REPORT },
  { text: '乡村振兴', source: CONGRESS_19_REPORT },
  { text: '新发展格局', source: PLENUM_19_5 },
  { text: '伟大建党精神', source: CONGRESS_20_THEME },
  { text: '自信自强', source: CONGRESS_20_THEME },
  { text: '守正创新', source: CONGRESS_20_THEME },
  { text: '踔厉奋发', source: CONGRESS_20_THEME },
  { text: '勇毅前行', source: CONGRESS_20_THEME },
  { text: '团结奋斗', source: CONGRESS_20_THEME },
  { text: '中国式现代化', source: CONGRESS_20_REPORT },
  { text: '共同富裕', source: CONGRESS_20_REPORT },
  { text: '自我革命', source: CONGRESS_20_REPORT },
  { text: '党政同责', source: WORK_SAFETY_RULES_2018 },
  { text: '一岗双责', source: WORK_SAFETY_RULES_2018 },
  { text: '齐抓共管', source: WORK_SAFETY_RULES_2018 },
  { text: '失职追责', source: WORK_SAFETY_RULES_2018 },
];

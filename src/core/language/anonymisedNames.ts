/** Names made anonymous in official texts (李某某, 张某): the surnames they keep. */

/**
 * The commonest surnames of the mainland, as the Ministry of Public Security's yearly counts of registered names rank
 * them (a public statistic), less those that also end everyday words (于 of 关于, 高 of 提高, 许 of 允许, 向 of 方向,
 * 段 of 一段, 何 of 如何): the surnames that a name made anonymous keeps (李某某, 张某).
 */
const ANONYMISED_SURNAMES = new Set(
  '王李张刘陈杨黄赵吴徐孙朱胡郭罗郑梁谢宋唐韩冯邓曹彭曾肖董潘袁蔡蒋杜魏苏吕丁卢姚沈钟姜崔谭陆汪廖贾韦邹熊孟秦邱侯尹薛闫雷陶贺毛郝顾龚邵覃钱戴欧莫孔汤',
);

/** Whether `char` is a surname that a name made anonymous keeps (李某某). */
export function isAnonymisedSurname(char: string): boolean {
  return ANONYMISED_SURNAMES.has(char);
}

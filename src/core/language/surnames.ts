/** Surnames, for telling a person's name from other text. */

/**
 * The first characters of the surnames of 《百家姓》 (public domain), as pinyin-pro 3.29.4 (MIT) lists them for its
 * surname mode: a person's name beside a title starts with one (周伟同志, 主任高雨), and the characters beside a title
 * that do not (主任医帅, 治里处处长, 编织委员会) are read as any other text.
 */
const SURNAMES = new Set(
  '南第万司上欧夏诸闻东赫皇尉公澹宗濮淳太申仲轩令钟宇长慕鲜闾亓仉子颛端巫漆乐壤拓夹宰榖段百呼羊梁左西句毌赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁徐邱骆高蔡田樊胡凌霍虞支柯昝管卢莫经房裘缪干解应丁宣贲邓郁单杭洪包石崔吉钮龚程嵇邢滑裴陆荣翁荀於惠甄曲家封芮羿储靳汲邴糜松井富乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴鬱胥能苍双莘党翟谭贡劳逄姬扶堵冉郦雍郤璩桑桂牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾母沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓牟哈言福肖区覃朴繁员要过钻谌折召郄撒甯六啜行',
);

/** Whether `char` is the first character of a surname of 《百家姓》. */
export function isSurname(char: string): boolean {
  return SURNAMES.has(char);
}

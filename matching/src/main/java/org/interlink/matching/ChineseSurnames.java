package org.interlink.matching;

import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Chinese surnames, to split a name written without spaces into surname and given name: the common one-character
 * surnames and the compound ones (欧阳, 司马, 诸葛…), each in simplified and traditional characters (the traditional
 * forms made by ICU's Simplified-Traditional transform when the class loads). Also the Mandarin reading of the
 * surnames whose character is read otherwise in other words (单 Shan, not dan; 曾 Zeng; 区 Ou; 仇 Qiu…).
 */
final class ChineseSurnames {

    /** About 400 of the most common one-character surnames, simplified, most frequent first. */
    private static final String SINGLE = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
            + "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛"
            + "樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛"
            + "靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边"
            + "卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻"
            + "位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘"
            + "亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由洪习";

    /** Compound surnames, simplified. */
    private static final String[] COMPOUND = {
        "欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "夏侯", "端木",
        "轩辕", "独孤", "南宫", "西门", "万俟", "闻人", "澹台", "申屠", "太史", "公冶", "濮阳", "淳于", "单于", "钟离", "宗政",
        "呼延", "赫连", "鲜于", "第五", "百里", "东郭", "拓跋", "公羊", "司空", "左丘", "子车", "谷梁", "梁丘", "乐正", "亓官"
    };

    /** Mandarin readings of surnames that differ from the character's usual reading, simplified. */
    private static final Map<String, String> READINGS = Map.ofEntries(
            Map.entry("单", "shan"),
            Map.entry("曾", "zeng"),
            Map.entry("区", "ou"),
            Map.entry("仇", "qiu"),
            Map.entry("解", "xie"),
            Map.entry("查", "zha"),
            Map.entry("翟", "zhai"),
            Map.entry("乐", "yue"),
            Map.entry("朴", "piao"),
            Map.entry("盖", "ge"),
            Map.entry("覃", "qin"),
            Map.entry("缪", "miao"),
            Map.entry("冼", "xian"),
            Map.entry("尉", "yu"),
            Map.entry("宿", "su"),
            Map.entry("长孙", "zhangsun"),
            Map.entry("尉迟", "yuchi"),
            Map.entry("万俟", "moqi"),
            Map.entry("单于", "chanyu"),
            Map.entry("澹台", "tantai"),
            Map.entry("乐正", "yuezheng"));

    private static final Set<String> SURNAMES = new HashSet<>();
    private static final Map<String, String> SURNAME_READINGS = new HashMap<>();

    static {
        Transliterator traditional = Transliterator.getInstance("Simplified-Traditional");
        for (int i = 0; i < SINGLE.length(); i++) {
            add(traditional, String.valueOf(SINGLE.charAt(i)));
        }
        for (String s : COMPOUND) {
            add(traditional, s);
        }
        READINGS.forEach((s, reading) -> {
            SURNAME_READINGS.put(s, reading);
            SURNAME_READINGS.put(traditional.transliterate(s), reading);
        });
    }

    private ChineseSurnames() {}

    private static void add(Transliterator traditional, String simplified) {
        SURNAMES.add(simplified);
        SURNAMES.add(traditional.transliterate(simplified));
    }

    /** The length in characters of the surname a name written without spaces starts with, or 0. */
    static int surnameLength(String name) {
        if (name.length() >= 3 && SURNAMES.contains(name.substring(0, 2))) {
            return 2;
        }
        return name.length() >= 2 && SURNAMES.contains(name.substring(0, 1)) ? 1 : 0;
    }

    /** The Mandarin reading of a surname when it is not its characters' usual reading, or null. */
    static String reading(String surname) {
        return SURNAME_READINGS.get(surname);
    }
}

package org.interlink.records;

import java.util.List;
import java.util.Random;

/**
 * Name parts in several scripts, each with its usual Latin form, combined at random into synthetic people for demo
 * mode. Common given names and surnames only: the combinations are made up and name no real person.
 */
final class DemoNames {

    /** A name part: Latin form and original script form. */
    record Part(String latin, String original) {}

    /** One script's given names and surnames. */
    record Script(String nationalityHint, List<Part> given, List<Part> family) {}

    static final List<Script> SCRIPTS = List.of(
            new Script(
                    "RU",
                    parts(
                            "Ivan Иван",
                            "Sergei Сергей",
                            "Alexei Алексей",
                            "Dmitri Дмитрий",
                            "Nikolai Николай",
                            "Olga Ольга",
                            "Tatiana Татьяна",
                            "Natalia Наталья",
                            "Yelena Елена",
                            "Mikhail Михаил",
                            "Andrei Андрей",
                            "Irina Ирина",
                            "Pavel Павел",
                            "Svetlana Светлана",
                            "Yuri Юрий"),
                    parts(
                            "Petrov Петров",
                            "Ivanov Иванов",
                            "Sokolov Соколов",
                            "Kuznetsov Кузнецов",
                            "Volkov Волков",
                            "Morozov Морозов",
                            "Lebedev Лебедев",
                            "Novikov Новиков",
                            "Fedorov Фёдоров",
                            "Orlov Орлов",
                            "Zaitsev Зайцев",
                            "Pavlov Павлов")),
            new Script(
                    "UA",
                    parts(
                            "Oleksandr Олександр",
                            "Mykola Микола",
                            "Oksana Оксана",
                            "Taras Тарас",
                            "Yulia Юлія",
                            "Bohdan Богдан",
                            "Halyna Галина",
                            "Petro Петро"),
                    parts(
                            "Shevchenko Шевченко",
                            "Kovalenko Коваленко",
                            "Bondarenko Бондаренко",
                            "Tkachenko Ткаченко",
                            "Kravchenko Кравченко",
                            "Melnyk Мельник",
                            "Boyko Бойко")),
            new Script(
                    "EG",
                    parts(
                            "Mohammed محمد",
                            "Ahmed أحمد",
                            "Omar عمر",
                            "Youssef يوسف",
                            "Khaled خالد",
                            "Ali علي",
                            "Hassan حسن",
                            "Fatima فاطمة",
                            "Aisha عائشة",
                            "Mariam مريم",
                            "Layla ليلى",
                            "Karim كريم",
                            "Tariq طارق",
                            "Samir سمير",
                            "Nour نور"),
                    parts(
                            "Al-Masri المصري",
                            "Haddad حداد",
                            "Khalil خليل",
                            "Nasser ناصر",
                            "Saleh صالح",
                            "Mansour منصور",
                            "Hamdan حمدان",
                            "Abdullah عبد الله",
                            "Al-Amin الأمين",
                            "Ibrahim إبراهيم",
                            "Yassin ياسين",
                            "Qasim قاسم")),
            new Script(
                    "CN",
                    parts(
                            "Wei 伟", "Fang 芳", "Lei 磊", "Jing 静", "Jun 军", "Min 敏", "Qiang 强", "Li 丽", "Hao 浩", "Yan 燕",
                            "Tao 涛", "Xiu 秀"),
                    parts(
                            "Wang 王", "Li 李", "Zhang 张", "Liu 刘", "Chen 陈", "Yang 杨", "Huang 黄", "Zhao 赵", "Wu 吴",
                            "Zhou 周", "Xu 徐", "Sun 孙")),
            new Script(
                    "GR",
                    parts(
                            "Georgios Γεώργιος",
                            "Dimitrios Δημήτριος",
                            "Konstantinos Κωνσταντίνος",
                            "Ioannis Ιωάννης",
                            "Nikolaos Νικόλαος",
                            "Maria Μαρία",
                            "Eleni Ελένη",
                            "Aikaterini Αικατερίνη",
                            "Sofia Σοφία",
                            "Vasilis Βασίλης"),
                    parts(
                            "Papadopoulos Παπαδόπουλος",
                            "Papadakis Παπαδάκης",
                            "Georgiou Γεωργίου",
                            "Nikolaidis Νικολαΐδης",
                            "Konstantinou Κωνσταντίνου",
                            "Vlachos Βλάχος",
                            "Karagiannis Καραγιάννης",
                            "Oikonomou Οικονόμου")),
            new Script(
                    "IL",
                    parts(
                            "David דוד",
                            "Moshe משה",
                            "Yosef יוסף",
                            "Sarah שרה",
                            "Rivka רבקה",
                            "Noa נועה",
                            "Avi אבי",
                            "Tamar תמר"),
                    parts(
                            "Cohen כהן",
                            "Levi לוי",
                            "Mizrahi מזרחי",
                            "Peretz פרץ",
                            "Biton ביטון",
                            "Friedman פרידמן",
                            "Katz כץ")),
            new Script(
                    "JP",
                    parts(
                            "Hiroshi 浩",
                            "Takeshi 武",
                            "Yuki 由紀",
                            "Kenji 健二",
                            "Akira 明",
                            "Haruka 遥",
                            "Satoshi 聡",
                            "Yumi 由美"),
                    parts(
                            "Sato 佐藤",
                            "Suzuki 鈴木",
                            "Takahashi 高橋",
                            "Tanaka 田中",
                            "Watanabe 渡辺",
                            "Ito 伊藤",
                            "Yamamoto 山本",
                            "Nakamura 中村")));

    private DemoNames() {}

    private static List<Part> parts(String... pairs) {
        return java.util.Arrays.stream(pairs)
                .map(p -> {
                    int space = p.indexOf(' ');
                    return new Part(p.substring(0, space), p.substring(space + 1));
                })
                .toList();
    }

    static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}

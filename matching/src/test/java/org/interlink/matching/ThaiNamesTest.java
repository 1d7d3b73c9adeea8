package org.interlink.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Thai names in RTGS (ThaiRomanisation) and against the Latin spellings they are known by. */
class ThaiNamesTest {

    /** RTGS as the Royal Institute writes these names, without its spaces and hyphens inside a name part. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ทักษิณ       | thaksin
            ประยุทธ์     | prayut
            จันทร์โอชา    | chanocha
            ยิ่งลักษณ์    | yinglak
            เศรษฐา       | settha
            ทวีสิน       | thawisin
            อภิสิทธิ์     | aphisit
            เวชชาชีวะ    | wetchachiwa
            ชวน          | chuan
            หลีกภัย      | likphai
            อินทนนท์     | inthanon
            พนม          | phanom
            แพทองธาร     | phaethongthan
            สมชาย        | somchai
            ไทย          | thai
            เพลง         | phleng
            ธรรม         | tham
            กรุงเทพ      | krungthep
            น้ำ          | nam
            เชียงใหม่     | chiangmai
            สุรยุทธ์      | surayut
            จุลานนท์      | chulanon
            ชาญวีรกูล     | chanwirakun
            วงษ์สุวรรณ    | wongsuwan
            ลิ้มเจริญรัตน์  | limcharoenrat
            ภราดร        | pharadon
            ลลิษา        | lalisa
            สุนทรเวช      | sunthonwet
            จึงรุ่งเรืองกิจ  | chuengrungrueangkit
            """)
    void rtgs(String thai, String latin) {
        assertThat(ThaiRomanisation.toLatin(thai)).isEqualTo(latin);
    }

    @Test
    void initialAndFinalValuesDiffer() {
        // จ is ch as an initial and t as a final, ร is r and n, ล l and n, บ b and p.
        assertThat(ThaiRomanisation.word("จิตร")).isEqualTo("chit");
        assertThat(ThaiRomanisation.word("ราม")).isEqualTo("ram");
        assertThat(ThaiRomanisation.word("การ")).isEqualTo("kan");
        assertThat(ThaiRomanisation.word("บาล")).isEqualTo("ban");
        assertThat(ThaiRomanisation.word("ลาภ")).isEqualTo("lap");
    }

    @Test
    void thaiScriptGoesThroughTheTransliteration() {
        assertThat(Names.transliterate("ทักษิณ ชินวัตร")).isEqualTo("thaksin chinwat");
        assertThat(Names.transliterate("ประยุทธ์ จันทร์โอชา")).isEqualTo("prayut chanocha");
    }

    /** Names of Thai public figures in Thai script against the spellings of their passports and the press. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ทักษิณ ชินวัตร      | Thaksin Shinawatra
            ทักษิณ ชินวัตร      | Thaksin Chinnawat
            ทักษิณชินวัตร       | Thaksin Shinawatra
            ยิ่งลักษณ์ ชินวัตร   | Yingluck Shinawatra
            ประยุทธ์ จันทร์โอชา | Prayuth Chan-ocha
            ประยุทธ์ จันทร์โอชา | Prayut Chanocha
            อภิสิทธิ์ เวชชาชีวะ  | Abhisit Vejjajiva
            ชวน หลีกภัย        | Chuan Leekpai
            เศรษฐา ทวีสิน       | Srettha Thavisin
            แพทองธาร ชินวัตร    | Paetongtarn Shinawatra
            สมชาย วงศ์สวัสดิ์    | Somchai Wongsawat
            สุรยุทธ์ จุลานนท์    | Surayud Chulanont
            ประวิตร วงษ์สุวรรณ  | Prawit Wongsuwon
            พิธา ลิ้มเจริญรัตน์   | Pita Limjaroenrat
            ธนาธร จึงรุ่งเรืองกิจ | Thanathorn Juangroongruangkit
            ภราดร ศรีชาพันธุ์    | Paradorn Srichaphan
            ลลิษา มโนบาล       | Lalisa Manobal
            บัวขาว บัญชาเมฆ     | Buakaw Banchamek
            """)
    void thaiNameMatchesItsLatinSpellingsAtHit(String thai, String latin) {
        assertThat(Names.similarity(thai, latin))
                .as(Names.explainSimilarity(thai, latin))
                .isGreaterThanOrEqualTo(Parameters.HIT_THRESHOLD);
    }

    /**
     * A surname hyphenated into three parts on the Latin side is one word in Thai: only two adjacent tokens are compared
     * written together, so this stays a POSSIBLE match, ranked first against other Thai names.
     */
    @Test
    void aSurnameHyphenatedInThreeIsAPossibleMatch() {
        String thai = "ประยุทธ์ จันทร์โอชา";
        double own = Names.similarity(thai, "Prayut Chan-o-cha");
        assertThat(own)
                .as(Names.explainSimilarity(thai, "Prayut Chan-o-cha"))
                .isGreaterThanOrEqualTo(Parameters.POSSIBLE_THRESHOLD);
        for (String other :
                new String[] {"Prawit Wongsuwan", "Chuan Leekpai", "Thaksin Shinawatra", "Anutin Charnvirakul"}) {
            assertThat(Names.similarity(thai, other)).as(other).isLessThan(own);
        }
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ทักษิณ ชินวัตร      | Prayut Chan-o-cha
            ยิ่งลักษณ์ ชินวัตร   | Thaksin Shinawatra
            ชวน หลีกภัย        | Chuan Chanocha
            สมชาย วงศ์สวัสดิ์    | Somsak Thepsuthin
            รัชนก อินทนนท์      | Ratchanok Chanocha
            ทักษิณ ชินวัตร      | ยิ่งลักษณ์ ชินวัตร
            """)
    void differentThaiNamesDoNotHit(String a, String b) {
        assertThat(Names.similarity(a, b)).as(Names.explainSimilarity(a, b)).isLessThan(Parameters.HIT_THRESHOLD);
    }
}

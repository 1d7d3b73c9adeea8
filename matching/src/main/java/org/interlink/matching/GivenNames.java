package org.interlink.matching;

import java.util.HashMap;
import java.util.Map;

/**
 * Equivalence classes of given names, and of a few family names, whole tokens: alternative romanisations (Aleksandr/Alexander/Oleksandr, Muhammad/Mohammed,
 * Yusuf/Yousef) and common nicknames (Bob/Robert). Written for this library; spellings within edit distance of each
 * other are left to the fuzzy comparison, so the table lists only what edit distance cannot see.
 */
final class GivenNames {

    private static final String[][] GROUPS = {
        {
            "alexander",
            "aleksandr",
            "alexandr",
            "oleksandr",
            "aleksander",
            "alexandre",
            "alessandro",
            "alejandro",
            "aliaksandr",
            "alyaksandr",
            "sasha",
            "sascha",
            "alex",
            "sandro",
            "iskander",
            "iskandar",
            "skander"
        },
        {
            "muhammad",
            "mohammed",
            "mohamed",
            "mohammad",
            "muhammed",
            "mohamad",
            "mehmet",
            "mehmed",
            "mohd",
            "muhamad",
            "mukhammad",
            "magomed",
            "mamadou",
            "mouhamed",
            "mohamud"
        },
        {"ahmed", "ahmad", "akhmed", "ahmet", "ahmat"},
        {
            "yusuf",
            "yousef",
            "youssef",
            "yussef",
            "yosef",
            "joseph",
            "josef",
            "jose",
            "giuseppe",
            "iosif",
            "osip",
            "josip",
            "yousuf",
            "yusif",
            "jozef",
            "joe"
        },
        {"ibrahim", "ebrahim", "abraham", "avraham", "ibragim", "brahim"},
        {"ismail", "ismael", "ishmael", "ismoil"},
        {"yaqub", "yakub", "jacob", "jakob", "yakov", "iakov", "yaakov", "jacques", "giacomo", "jakub", "jacopo", "jake"
        },
        {"sulayman", "suleiman", "sulaiman", "suleyman", "solomon", "shlomo", "soliman"},
        {"musa", "moussa", "moses", "moshe", "mousa"},
        {"isa", "eesa", "jesus"},
        {"maryam", "mariam", "maria", "mary", "marie", "miriam", "mariya", "marija", "marya"},
        {
            "yahya",
            "yahia",
            "john",
            "johann",
            "johannes",
            "jean",
            "juan",
            "giovanni",
            "ivan",
            "ioannis",
            "jan",
            "hans",
            "ian",
            "sean",
            "evan",
            "ioan",
            "joao",
            "jon",
            "johnny",
            "jack",
            "yohannes"
        },
        {
            "mikhail",
            "michael",
            "michel",
            "miguel",
            "michele",
            "mykhailo",
            "mihail",
            "mikhael",
            "mikael",
            "mick",
            "mike",
            "michal",
            "mihai"
        },
        {"pyotr", "petr", "peter", "pierre", "pedro", "pietro", "petro", "piotr", "petar", "pete"},
        {"pavel", "paul", "paulo", "pablo", "paolo", "pavlo", "pawel"},
        {"nikolai", "nikolay", "nicholas", "nicolas", "nikola", "mykola", "nicola", "niklas", "nick", "kolya"},
        {"dmitry", "dmitri", "dmitriy", "dimitri", "dimitry", "dmytro", "dimitrios", "dima"},
        {"sergei", "sergey", "sergiy", "serhiy", "serge", "sergio", "sergiu", "serhii"},
        {"andrei", "andrey", "andriy", "andrew", "andreas", "andre", "andres", "andrea", "andrzej", "andrii", "andy"},
        {
            "yuri", "yury", "yuriy", "iurii", "juri", "jurij", "georgy", "george", "georgiy", "georgi", "jorge",
            "giorgio", "georg", "giorgi"
        },
        {"vladimir", "volodymyr", "wladimir", "wladimir", "uladzimir", "vova", "volodya"},
        {"elena", "yelena", "helen", "helena", "olena", "hélène", "elene", "lena"},
        {
            "ekaterina",
            "yekaterina",
            "katerina",
            "catherine",
            "kateryna",
            "katarzyna",
            "katharina",
            "caterina",
            "katya",
            "kate",
            "cathy"
        },
        {"natalia", "natalya", "nataliya", "natalie", "nathalie", "natasha"},
        {"tatiana", "tatyana", "tetiana", "tetyana", "tanya"},
        {"olga", "olha", "volha", "helga"},
        {"robert", "bob", "bobby", "rob", "robbie", "roberto", "robin"},
        {"william", "bill", "billy", "will", "willy", "wilhelm", "guillaume", "guillermo", "liam", "willem"},
        {"richard", "dick", "rick", "ricardo", "riccardo", "rich"},
        {"james", "jim", "jimmy", "jamie", "diego", "santiago"},
        {"charles", "charlie", "chuck", "carlos", "carlo", "karl", "carl"},
        {"edward", "ed", "eddie", "ted", "teddy", "eduard", "eduardo", "edouard"},
        {"thomas", "tom", "tommy", "tomas", "tommaso", "foma"},
        {
            "elizabeth",
            "elisabeth",
            "liz",
            "beth",
            "betty",
            "isabel",
            "isabella",
            "elisabetta",
            "yelizaveta",
            "elizaveta",
            "lisa"
        },
        {"margaret", "maggie", "peggy", "margarita", "marguerite", "margherita", "greta"},
        {"francis", "frank", "francisco", "francesco", "franz", "francois", "frantisek", "paco"},
        {"henry", "harry", "henri", "enrique", "enrico", "heinrich", "hank"},
        {"stephen", "steven", "steve", "stefan", "stephane", "esteban", "stepan", "stefano", "stepan"},
        {"anthony", "tony", "antonio", "anton", "antoine", "antony"},
        {"daniel", "dan", "danny", "danilo", "daniil", "danylo"},
        {"david", "dave", "dawid", "davit", "daud", "dawood", "dawud"},
        {"yunus", "younes", "jonah", "jonas", "yunis"},
        {"dawud", "daoud", "dawood", "daud"},
        {"hussein", "husayn", "hussain", "husain", "hossein", "huseyin", "gusein"},
        {"hassan", "hasan", "hasson", "gasan"},
        {"omar", "umar", "omer", "oumar"},
        {"usama", "osama", "oussama", "usamah"},
        {"khalid", "khaled", "halid", "haled"},
        {"abdallah", "abdullah", "abdulla", "abdellah"},
        {"aleksei", "alexei", "alexey", "aleksey", "oleksii", "oleksiy", "alexis", "alessio"},
        {"evgeny", "yevgeny", "evgeniy", "yevgeniy", "eugene", "evgenii", "yevhen", "eugen", "eugenio"},
        {"grigory", "grigori", "gregory", "hryhoriy", "gregor", "gregorio", "gregoire", "greg"},
        {"ilya", "ilia", "elijah", "elias", "ilyas", "ilyas", "elie"},
        {"fyodor", "fedor", "theodore", "teodor", "fiodor", "feodor", "fedir", "ted"},
        {"konstantin", "constantin", "constantine", "kostiantyn", "costantino", "kostya"},
        // Family names whose transcriptions differ beyond what LatinTranscriptions' rules read alike.
        {
            "gaddafi",
            "qaddafi",
            "qadhafi",
            "kadhafi",
            "gadafi",
            "kaddafi",
            "ghaddafi",
            "gheddafi",
            "kadafi",
            "qadhdhafi",
            "gaddhafi",
            "khadafi",
            "khaddafi",
            "kazzafi"
        },
        {"zedong", "tsetung", "tsetoung", "cetung", "tsedong"},
        {"saladin", "salahdin"},
        {"nasrallah", "nasrullah", "nasrollah"},
    };

    private static final Map<String, Integer> GROUP_OF = index();

    private GivenNames() {}

    /** Whether two romanised tokens are listed as the same given name; a token is never equivalent to itself here. */
    static boolean equivalent(String a, String b) {
        Integer ga = GROUP_OF.get(a);
        return ga != null && !a.equals(b) && ga.equals(GROUP_OF.get(b));
    }

    private static Map<String, Integer> index() {
        Map<String, Integer> map = new HashMap<>();
        for (int g = 0; g < GROUPS.length; g++) {
            for (String name : GROUPS[g]) {
                // A spelling in two groups (dawood, ted) keeps its first group: the table stays a function.
                map.putIfAbsent(name, g);
            }
        }
        return Map.copyOf(map);
    }
}

package org.interlink.notices.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Article 3 of INTERPOL's Constitution: "It is strictly forbidden for the Organization to undertake any intervention
 * or activities of a political, military, religious or racial character." These rules look for the signals the
 * General Secretariat's practice treats as warning signs and flag them for the reviewer with the text that triggered
 * them. They never block on their own: the reviewer weighs the predominance test.
 */
public final class Article3Rules {

    static final String SOURCE = "Constitution Art. 3; RPD Art. 34 (compliance with the Constitution)";

    static final Pattern POLITICAL = Texts.anyOf(
            "insult\\w*\\s+(?:to\\s+)?the\\s+(?:head\\s+of\\s+(?:state|government)|president|king|monarch|supreme leader)",
            "l[eè]se[- ]majest[eéy]",
            "defam\\w*\\s+(?:of\\s+)?the\\s+(?:president|head\\s+of\\s+state|state|government)",
            "sedition",
            "subversi\\w+",
            "undermin\\w+\\s+(?:the\\s+)?(?:state|constitutional\\s+order|government)",
            "unlawful\\s+assembly",
            "unauthori[sz]ed\\s+(?:demonstration|protest|rally|gathering|assembly)",
            "participat\\w+\\s+in\\s+(?:an?\\s+)?(?:unauthori[sz]ed\\s+)?(?:protest|demonstration|rally)",
            "extremis[mt]\\w*",
            "separatis[mt]\\w*",
            "treason",
            "espionage",
            "coup(?:\\s+d'[ée]tat)?",
            "discredit\\w*\\s+the\\s+(?:state|army|armed\\s+forces|authorities)",
            "opposition\\s+(?:party|movement|rally)",
            // French, Spanish and Russian terms met in requests.
            "outrage\\s+au\\s+chef\\s+de\\s+l'[ée]tat",
            "offense\\s+au\\s+pr[ée]sident",
            "attroupement",
            "injurias?\\s+al\\s+(?:jefe\\s+del\\s+estado|presidente|rey)",
            "sedici[óo]n",
            "оскорблени\\w*\\s+президента",
            "экстремизм\\w*",
            "государственн\\w+\\s+измен\\w*");

    static final Pattern MILITARY = Texts.anyOf(
            "desert(?:ion|er|ed|ing)",
            "draft\\s+evasion",
            "evad\\w+\\s+(?:military\\s+service|conscription|the\\s+draft)",
            "conscientious\\s+objector",
            "absence\\s+without\\s+leave",
            "AWOL",
            "insubordination",
            "refus\\w+\\s+(?:to\\s+(?:perform|do)\\s+)?military\\s+service",
            "mutiny",
            "d[ée]sertion",
            "insumisi[óo]n",
            "deserci[óo]n",
            "дезертирств\\w*",
            "уклонени\\w*\\s+от\\s+(?:призыва|военной\\s+службы)");

    static final Pattern RELIGIOUS = Texts.anyOf(
            "apostas[yi]\\w*",
            "apostate",
            "blasphem\\w*",
            "heres[yi]\\w*",
            "proselyti[sz]\\w*",
            "insult\\w*\\s+(?:to\\s+)?(?:the\\s+)?(?:religion|prophet|faith|god|religious\\s+feelings)",
            "religious\\s+(?:offence|insult|hatred)",
            "desecrat\\w+",
            "conver(?:sion|ted|ting)\\s+(?:from|to)\\s+\\w+",
            "apostasie",
            "blasph[èe]me",
            "apostas[íi]a",
            "blasfemia",
            "оскорблени\\w*\\s+чувств\\s+верующих");

    static final Pattern RACIAL = Texts.anyOf(
            "because\\s+of\\s+(?:his|her|their)\\s+(?:race|ethnicity|ethnic\\s+origin|tribe)",
            "ethnic\\s+(?:origin|group|minority)",
            "racial\\w*",
            "tribal\\s+(?:affiliation|origin)",
            "member\\s+of\\s+the\\s+\\w+\\s+minority");

    static final Pattern PUBLIC_ROLE = Texts.anyOf(
            "politician",
            "journalist",
            "reporter",
            "blogger",
            "activist",
            "dissident",
            "human\\s+rights\\s+defender",
            "opposition\\s+(?:leader|figure|member|politician)",
            "member\\s+of\\s+parliament",
            "(?:former\\s+)?(?:minister|senator|mayor|governor|prime\\s+minister)",
            "presidential\\s+candidate",
            "(?:trade\\s+)?union\\s+leader",
            "political\\s+(?:party|refugee|asylum)");

    static final Rule POLITICAL_CHARACTER = Rule.flag(
            "ART3-POLITICAL",
            "Flags offences of a political character (e.g. insulting the head of state, sedition, unlawful assembly,"
                    + " treason, espionage, extremism).",
            SOURCE,
            (r, today) -> Texts.matches(Texts.of(r), POLITICAL, "Possible political character"));

    static final Rule MILITARY_CHARACTER = Rule.flag(
            "ART3-MILITARY",
            "Flags purely military offences (e.g. desertion, draft evasion, insubordination).",
            SOURCE,
            (r, today) -> Texts.matches(Texts.of(r), MILITARY, "Possible military character"));

    static final Rule RELIGIOUS_CHARACTER = Rule.flag(
            "ART3-RELIGIOUS",
            "Flags offences of a religious character (e.g. apostasy, blasphemy, proselytism).",
            SOURCE,
            (r, today) -> Texts.matches(Texts.of(r), RELIGIOUS, "Possible religious character"));

    static final Rule RACIAL_CHARACTER = Rule.flag(
            "ART3-RACIAL",
            "Flags requests that refer to the subject's race or ethnic origin.",
            SOURCE,
            (r, today) -> Texts.matches(Texts.of(r), RACIAL, "Possible racial character"));

    static final Rule SUBJECT_STATUS = Rule.flag(
            "ART3-SUBJECT-STATUS",
            "Flags a subject named in the request as a politician, journalist, activist, dissident or other public"
                    + " figure, whose prosecution may have a political dimension.",
            SOURCE,
            (r, today) -> Texts.matches(Texts.of(r), PUBLIC_ROLE, "Subject's status may give a political dimension"));

    private Article3Rules() {}

    /** The rules of this class, in the order they run. */
    public static List<Rule> rules() {
        return List.of(POLITICAL_CHARACTER, MILITARY_CHARACTER, RELIGIOUS_CHARACTER, RACIAL_CHARACTER, SUBJECT_STATUS);
    }
}

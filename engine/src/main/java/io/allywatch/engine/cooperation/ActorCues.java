package io.allywatch.engine.cooperation;

import io.allywatch.engine.lang.PerLanguage;
import java.util.regex.Pattern;

/**
 * How one language tells the countries that take part in cooperation from those a sentence only
 * mentions: the topic of talks ("talks about Ukraine"), a critic ("China criticised the
 * exercise"), a place ("train Ukrainian soldiers in Germany"), a dateline ("Kiew/Moskau – ..."),
 * and the words that refer back to the two parties of the sentence before ("the two sides").
 *
 * @param topicBefore     ends right before a country that is what the parties talk about
 * @param bystanderAfter  starts right after a country that only comments on the cooperation
 * @param locativeBefore  ends right before a country that is only where it happens
 * @param bothSides       refers back to the parties of an earlier sentence
 * @param impliedUsa      a US office named without its country ("Defense Secretary Lloyd Austin"); null if none
 * @param affair          a scandal or an inquiry: arms sales spoken of in one ("the Iran arms sales
 *                        diverted to the contras") are background, not a transfer being reported
 */
record ActorCues(Pattern topicBefore, Pattern bystanderAfter, Pattern locativeBefore, Pattern bothSides, Pattern impliedUsa,
                 Pattern affair) {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** "Seoul – ...", "Kiew/Moskau – ...": place names, then a dash, at the start of a sentence. */
    static final Pattern DATELINE = Pattern.compile("^\\s*\\p{Lu}[\\p{L}.'’-]*(?:[ /]\\p{Lu}[\\p{L}.'’-]*){0,3}\\s*[\\u2013\\u2014]\\s+");

    static ActorCues forLanguage(String lang) {
        return PerLanguage.pick(lang, ENGLISH, FRENCH, SPANISH, PORTUGUESE, GERMAN);
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, CI);
    }

    static final ActorCues ENGLISH = new ActorCues(
            p("\\b(?:about|over|concerning|regarding|on\\s+the\\s+(?:situation|war|conflict|crisis)\\s+in)\\s+(?:the\\s+)?$"),
            p("^(?:\\s*,\\s*which|\\s+(?:has|have|had|also|too|strongly|sharply))?\\s+(?:criticiz|criticis|condemn|denounc|protest|warn|object|accus|slam|blast)"),
            p("\\b(?:in|inside)\\s+(?:the\\s+)?$"),
            p("\\b(?:the\\s+two\\s+(?:sides|countries|nations|governments|militaries|armies|allies|ministers|leaders)|both\\s+(?:sides|countries|nations|governments|militaries))\\b"),
            Pattern.compile("\\b(?:Defense\\s+Secretary|Secretary\\s+of\\s+Defense|Defense\\s+Department|Department\\s+of\\s+Defense)\\b"),
            p("\\b(?:scandal|affair|investigat\\w*|prosecutor|diver(?:ted|sion)|Tower\\s+Commission|testif\\w*|hearings?|indict\\w*|probe|immunity|Iran-Contra|contra\\s+rebels)\\b"));

    static final ActorCues FRENCH = new ActorCues(
            p("\\b(?:sur|concernant|à\\s+propos\\s+de)\\s+(?:la\\s+|le\\s+|l['’]\\s*|les\\s+)?$"),
            p("^(?:\\s*,\\s*qui|\\s+(?:a|ont|aussi|également))?\\s+(?:critiqu|condamn|dénonc|protest|accus|mis\\s+en\\s+garde)"),
            p("\\b(?:en)\\s+$"),
            p("\\b(?:les\\s+deux\\s+(?:parties|pays|camps|gouvernements|armées|ministres)|des\\s+deux\\s+(?:parties|pays|côtés))\\b"),
            null,
            p("\\b(?:scandale|affaire|enquête|procureur|témoign\\p{L}*|inculp\\p{L}*)\\b"));

    static final ActorCues SPANISH = new ActorCues(
            p("\\b(?:sobre|acerca\\s+de|respecto\\s+a)\\s+(?:la\\s+|el\\s+|los\\s+|las\\s+)?$"),
            p("^(?:\\s*,\\s*que|\\s+(?:ha|han|también))?\\s+(?:critic|conden|denunci|protest|acus|advirti)"),
            p("\\b(?:en)\\s+$"),
            p("\\b(?:ambos\\s+(?:países|gobiernos|lados|ejércitos|ministros)|las\\s+dos\\s+partes|los\\s+dos\\s+(?:países|gobiernos|ministros))\\b"),
            null,
            p("\\b(?:escándalo|caso|investigaci\\p{L}*|fiscal|testific\\p{L}*|imputad\\p{L}*)\\b"));

    static final ActorCues PORTUGUESE = new ActorCues(
            p("\\b(?:sobre|acerca\\s+d[aoe]|a\\s+respeito\\s+d[aoe])\\s*(?:a\\s+|o\\s+|os\\s+|as\\s+)?$"),
            p("^(?:\\s*,\\s*que|\\s+(?:tem|têm|também))?\\s+(?:critic|conden|denunci|protest|acus|advert)"),
            p("\\b(?:em|no|na)\\s+$"),
            p("\\b(?:ambos\\s+os\\s+(?:países|governos|lados|exércitos|ministros)|as\\s+duas\\s+partes|os\\s+dois\\s+(?:países|governos|lados|ministros))\\b"),
            null,
            p("\\b(?:escândalo|caso|investigaç\\p{L}*|procurador\\p{L}*|depoimento|indiciad\\p{L}*)\\b"));

    static final ActorCues GERMAN = new ActorCues(
            p("\\b(?:über|bezüglich)\\s+(?:die\\s+|den\\s+|das\\s+|der\\s+)?(?:Lage\\s+in\\s+|Krieg\\s+in\\s+)?$"),
            p("^(?:\\s*,\\s*(?:das|die|der)|\\s+(?:hat|haben|auch))?\\s+(?:kritisier|verurteil|protestier|warnt|warnte|beschuldig|wirft|warf)"),
            p("\\b(?:in|im)\\s+$"),
            p("\\b(?:beide[n]?\\s+(?:Seiten|Länder|Staaten|Regierungen|Armeen|Minister)|die\\s+beiden\\s+(?:Seiten|Länder|Staaten|Regierungen|Minister))\\b"),
            null,
            p("\\b(?:Skandal\\p{L}*|Affäre|Ermittl\\p{L}*|Untersuchungsausschuss\\p{L}*|Staatsanwalt\\p{L}*|Verdacht)\\b"));
}

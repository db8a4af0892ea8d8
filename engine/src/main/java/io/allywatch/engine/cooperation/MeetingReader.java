package io.allywatch.engine.cooperation;

import io.allywatch.engine.text.Prefiltered;
import io.allywatch.engine.gazetteer.CountryGazetteer;
import io.allywatch.engine.gazetteer.CountryMention;
import io.allywatch.engine.gazetteer.Leaders;
import io.allywatch.engine.lang.PerLanguage;
import io.allywatch.engine.text.Folding;
import io.allywatch.engine.text.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads meetings of leaders, ministers or military chiefs of two countries in an article about
 * defence or security: a meeting word (met, talks, state visit, se reunió, rencontre, Staatsbesuch)
 * in a sentence that names who met, by their countries, demonyms ("the Colombian president") or the
 * US offices and leaders that stand for the United States ("Biden", "the White House"). The defence
 * matter may be anywhere near: in the sentence, the sentences around it, or the status the article
 * is about. Phone calls are no meeting; hedged or cancelled meetings neither. Thread-safe.
 */
final class MeetingReader {
    /** Sentences before and after a meeting that may say what it was about. */
    private static final int TOPIC_REACH = 2;
    private static final int MAX_ACTORS = 3;
    /** How far after "received" a title makes it a meeting ("received the Colombian president"). */
    private static final int TITLE_REACH = 40;
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The words of one language: meeting, phone call, defence matter, US offices, hedges. */
    private record Words(Pattern meeting, Pattern call, Pattern defence, Pattern usOffices, Pattern takenBack, Pattern receive, Pattern title,
                         Pattern topic) {
    }

    /** Ends right before the country visited: "visit to", "visite en", "visita a", "Besuch in", "visited". */
    private static final Map<String, Pattern> DESTINATION = Map.of(
            "en", p("\\b(?:(?:visit\\w*|trip|travel\\w*|tour|stop|arriv\\w*|flew|landed|talks|summit|meeting)\\s+(?:to|in|at)|visited|visiting)\\s+(?:the\\s+)?$"),
            "fr", p("\\b(?:(?:visite|voyage|tournée|déplacement|séjour|arrivée?|entretiens|sommet|réunion|de\\s+passage)\\s+(?:en|au|aux|à|dans)|visité|visitant)\\s+(?:la\\s+|le\\s+|l['’]\\s*)?$"),
            "es", p("\\b(?:(?:visita|viaje|gira|llegó|llegada|cumbre|reunión|de\\s+paso)\\s+(?:a|en|al|por)|visitó|visitar)\\s+(?:la\\s+|el\\s+)?$"),
            "pt", p("\\b(?:(?:visita|viagem|esteve|chegou|chegada|cúpula|reunião|de\\s+passagem)\\s+(?:a|à|ao|em|no|na|por|pelo|pela)|visitou|visitar)\\s+(?:a\\s+|o\\s+)?$"),
            "de", p("\\b(?:(?:Besuch\\p{L}*|Reise|Visite|Treffen|Gipfel|Gespräch\\p{L}*)\\s+(?:in|nach)|besuchte|besucht)\\s+(?:der\\s+|dem\\s+|den\\s+)?$"));
    /** Between a title and the country it belongs to: "President of Colombia", "l'émir du Qatar", "presidente de Colombia", "Staatschef Kenias". */
    private static final Pattern TITLE_OF = Pattern.compile("^\\s*"
            // the staff of a chief of staff: "chef d'état-major algérien", "jefe del Estado Mayor colombiano", "chefe do Estado-Maior"
            + "(?:(?:d['’]\\s*[ée]tat-major(?:\\s+(?:général|des\\s+armées))?|del?\\s+Estado\\s+Mayor(?:\\s+Conjunto)?|do\\s+Estado-Maior(?:-General)?)\\s+)?"
            + "(?:(?:of|for|de\\s+la|de\\s+l['’]|de|da|do|del|des)\\s+\\p{Lu}\\p{L}+(?:\\s+(?:et|and|e|y)?\\s*\\p{L}+)?\\s+)?"
            // the service between the title and its country: "commandant de la marine indienne", "jefe del ejército colombiano"
            + "(?:(?:de\\s+la|de\\s+l['’]|du|del|da|do)\\s*(?:marine|armée|aviation|navy|army|armada|ejército|fuerza\\s+aérea|marinha|exército|força\\s+aérea)\\s+)?"
            + "(?:of|de|du|des|da|das|do|dos|del|der|aus(?:\\s+de[mr])?)?\\s*(?:the\\s+|la\\s+|le\\s+|l['’]\\s*|el\\s+|a\\s+|o\\s+|os\\s+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NAMES = Pattern.compile("^(?:\\s*\\p{Lu}[\\p{L}.'’-]*){0,3}\\s*$");

    private final String lang;
    /** Every meeting and receiving word of the five languages begins with one of these (German: holds one). */
    private static final io.allywatch.engine.text.StemFilter MEETING_STEMS = new io.allywatch.engine.text.StemFilter(List.of(
            "met", "meet", "talks", "visit", "summit", "sat down", "counterpart", "held", "discussion", "dinner", "banquet", "trip", "tour",
            "receiv", "host", "welcom", "rencontr", "réuni", "entretien", "entretenu", "sommet", "homologue", "pourparlers", "dîner", "tournée",
            "voyage", "de passage", "de paso", "de passagem", "reçu", "reçoit", "recev", "accueill", "reuni", "reunión", "encuentr", "encontr", "cumbre", "homólog", "conversaciones",
            "cena", "gira", "viaje", "recibi", "recibe", "acogi", "cúpula", "cimeira", "jantar", "viagem", "esteve", "receb", "acolheu",
            "treffen", "traf", "besuch", "gipfel", "gespräch", "amtskolleg", "kolleg", "getroffen", "zu gast", "reise", "abendessen", "bankett", "empf"));

    private static final String US_LEADERS = "Biden|Trump|Obama|Bush|Clinton|Reagan|Blinken|Rubio|Kerry|Pompeo|Powell|Rice|Austin|Hegseth|Esper|Mattis"
            + "|Carter|Rumsfeld|Panetta|Gates|Harris|Vance|Pelosi|Richardson|Holliday";

    private static final Words ENGLISH = new Words(
            // "met", "meet" only with someone: not "to meet the aim", "Meet the Press", "met his death with grief"
            p("\\b(?:(?:met|meets?)\\s+(?=with\\b|his\\s+\\p{L}*\\s*counterpart|her\\s+\\p{L}*\\s*counterpart|(?-i:\\p{Lu})(?!ress\\b))|meeting|talks|visit(?:s|ed|ing)?|summit|sat\\s+down\\s+with|counterpart|held\\s+(?:talks|discussions)|discussions|"
                    + "(?:state\\s+)?dinner|banquet|trip|tour)\\b"),
            p("\\b(?:phone|telephone|video|virtual)\\s+(?:call|conversation|conference|talks)\\b|\\bcalled\\b|\\bphoned\\b"),
            p("\\b(?:military|defen[cs]e|security|armed\\s+forces|troops|weapons|arms|non-NATO|NATO|terror\\w*|drug\\s+trafficking|narcotics|intelligence|war)\\b"),
            Pattern.compile("\\b(?:" + US_LEADERS + "|White\\s+House|Oval\\s+Office|Pentagon|State\\s+Department|Secretary\\s+of\\s+(?:State|Defen[cs]e)|"
                    + "Defen[cs]e\\s+Secretary|SOUTHCOM|Southern\\s+Command)\\b"),
            p("\\b(?:could|might|may|would\\s+like|hopes?|plans?\\s+to|cancel\\w*|postpon\\w*|not|no|never|refused|declined|den(?:y|ied|ies)|likely|"
                    + "under\\s+consideration|would\\s+require|require\\s+\\S+\\s+to|proposed|wants?\\s+to|seek\\w*\\s+to)\\b"),
            p("\\b(?:received|receiving|receives|hosted|hosting|hosts|welcomed|welcoming)\\b"),
            p("\\b(?:president|leader|counterpart|minister|prime\\s+minister|emir|king|prince|crown\\s+prince|sheikh?|delegation|chief|general|secretary|ruler)\\b"),
            p("\\b(?:about|over|on|regarding|concerning|amid|during|invasion\\s+of|war\\s+in|crisis\\s+in|tensions\\s+with|to|into|in\\s+neighbou?ring|with\\s+the\\s+government\\s+of)\\s+(?:the\\s+)?$"));

    private static final Words FRENCH = new Words(
            p("\\b(?:rencontr\\p{L}*|réuni\\p{L}*|entretien\\p{L}*|entretenu\\p{L}*|de\\s+passage\\s+(?:en|au|aux|à)|visit(?:e|es|é|ée|és|ées|er|ait|aient|ant|era|eront)|sommet|homologue|pourparlers|dîner|tournée|voyage)\\b"),
            p("\\b(?:téléphon\\p{L}*|appel|visioconférence)\\b"),
            p("\\b(?:militaire\\p{L}*|défense|sécurit\\p{L}*|armée\\p{L}*|troupes|armes|OTAN|terror\\p{L}*|narcotrafic\\p{L}*|renseignement\\p{L}*|guerre)\\b"),
            Pattern.compile("\\b(?:" + US_LEADERS + "|Maison[- ]Blanche|Bureau\\s+ovale|Pentagone|département\\s+d['’]État|secrétaire\\s+d['’]État)\\b"),
            p("\\b(?:pourrait|pourraient|espère|annul\\p{L}*|report\\p{L}*|ne|n['’]|pas|jamais|dément\\p{L}*)\\b"),
            p("\\b(?:reçu|reçoit|recevant|recevra|accueill\\p{L}*)\\b"),
            p("\\b(?:président\\p{L}*|dirigeant\\p{L}*|homologues?|(?:vice-)?ministres?|Premier\\s+ministre|émir|roi|prince|cheikh|délégations?|chefs?|généraux|général|secrétaires?|commandants?|amiral)\\b"),
            p("\\b(?:sur|concernant|à\\s+propos\\s+de|pendant|durant|invasion\\s+de|guerre\\s+en|crise\\s+au|à|vers|en)\\s+(?:la\\s+|le\\s+|l['’]\\s*|les\\s+)?$"));

    private static final Words SPANISH = new Words(
            p("\\b(?:reuni\\p{L}*|reunión|encuentro|de\\s+paso\\s+por|visit(?:a|as|ó|ará|arán|aron|ar|ando|aba)|cumbre|homólogo|conversaciones|se\\s+reunió|cena|gira|viaje)\\b"),
            p("\\b(?:telef\\p{L}*|llamada|videoconferencia)\\b"),
            p("\\b(?:militar\\p{L}*|defensa|seguridad|fuerzas\\s+armadas|tropas|armas|OTAN|terror\\p{L}*|narcotráfico|antidrogas|inteligencia|guerra)\\b"),
            Pattern.compile("\\b(?:" + US_LEADERS + "|Casa\\s+Blanca|Despacho\\s+Oval|Pentágono|Departamento\\s+de\\s+Estado|secretari[oa]\\s+de\\s+(?:Estado|Defensa)|Comando\\s+Sur)\\b"),
            p("\\b(?:podría|podrían|espera|cancel\\p{L}*|suspend\\p{L}*|aplaz\\p{L}*|no|nunca|niega\\p{L}*|negaron)\\b"),
            p("\\b(?:recibi\\p{L}*|recibe|recibirá|acogi\\p{L}*)\\b"),
            p("\\b(?:president[ea]\\p{L}*|mandatari[oa]s?|homólog[oa]s?|par|(?:vice)?ministr[oa]s?|primer\\s+ministro|emir|rey|príncipe|jeque|delegación|jefes?|generales|general|secretari[oa]s?)\\b"),
            p("\\b(?:sobre|acerca\\s+de|respecto\\s+a|durante|invasión\\s+de|guerra\\s+en|crisis\\s+en|a|hacia|en|con\\s+el\\s+gobierno\\s+de)\\s+(?:la\\s+|el\\s+|los\\s+|las\\s+)?$"));

    private static final Words PORTUGUESE = new Words(
            p("\\b(?:reuni\\p{L}*|reunião|encontro\\p{L}*|de\\s+passagem\\s+por|encontrou|visit(?:a|as|ou|ará|arão|aram|ar|ando|ava)|cúpula|cimeira|homólogo|jantar|viagem|esteve\\s+n[ao]\\s+(?:Casa\\s+Branca|Washington))\\b"),
            p("\\b(?:telef\\p{L}*|chamada|videoconferência)\\b"),
            p("\\b(?:militar\\p{L}*|defesa|segurança|forças\\s+armadas|tropas|armas|OTAN|NATO|terror\\p{L}*|narcotráfico|inteligência|guerra)\\b"),
            Pattern.compile("\\b(?:" + US_LEADERS + "|Casa\\s+Branca|Salão\\s+Oval|Pentágono|Departamento\\s+de\\s+Estado|secretári[oa]\\s+de\\s+(?:Estado|Defesa)|Comando\\s+Sul)\\b"),
            p("\\b(?:poderia|poderiam|espera|cancel\\p{L}*|adi\\p{L}*|não|nunca|neg\\p{L}*)\\b"),
            p("\\b(?:recebeu|receber|recebe|receberá|acolheu)\\b"),
            p("\\b(?:president[ea]\\p{L}*|mandatári[oa]s?|homólog[oa]s?|(?:vice-?)?ministr[oa]s?|primeiro-ministro|emir|rei|príncipe|xeque|delegação|chefes?|generais|general|secretári[oa]s?)\\b"),
            p("\\b(?:sobre|acerca\\s+d[aoe]|durante|invasão\\s+d[aoe]|guerra\\s+n[ao]|crise\\s+n[ao]|a|para|em|no|na)\\s*(?:a\\s+|o\\s+|os\\s+|as\\s+)?$"));

    private static final Words GERMAN = new Words(
            // "traf" also arrives ("traf ein Boot ... ein") and hits; "Kreise", "Preise" and "Besucher" are no meetings
            p("\\b(?:\\p{L}*[Tt]reffen\\p{L}*|traf(?:en)?\\s+(?:sich|mit|auf|den|die|seine[nmr]?|ihre[nmr]?|in\\s+(?-i:\\p{Lu}))|\\p{L}*[Bb]esuch(?!er)\\p{L}*|\\p{L}*[Gg]ipfel\\p{L}*"
                    + "|Gespräch\\p{L}*|Amtskolleg\\p{L}*|zusammengetroffen|zu\\s+Gast|(?:Auslands|Staats|Dienst|Antritts|Asien|Europa|Nahost|Amerika|Afrika)?[Rr]eise\\b"
                    + "|Abendessen|Staatsbankett)\\b"),
            p("\\b(?:Telefon\\p{L}*|telefonier\\p{L}*|Videokonferenz\\p{L}*|Videoschalte)\\b"),
            // compounds too: "des russischen Angriffskrieges", "Waffenlieferungen", "Luftabwehr" (not a trade or price war)
            p("\\b(?:Militär\\p{L}*|militärisch\\p{L}*|\\p{L}*[Vv]erteidigung\\p{L}*|Sicherheit\\p{L}*|Streitkräfte|Truppen|\\p{L}*[Ww]affen\\p{L}*|\\p{L}*[Rr]üstung\\p{L}*|NATO|Nato|Terror\\p{L}*"
                    + "|\\p{L}*(?<!Handels|Preis|Zoll|Wirtschafts)[Kk]rieg\\p{L}*|\\p{L}*[Aa]bwehr\\p{L}*|Geheimdienst\\p{L}*"
                    // drug trafficking, as the other four languages have it ("Kampf gegen Drogenbanden")
                    + "|Drogenhandel\\p{L}*|Drogenbande\\p{L}*|Drogenkartell\\p{L}*|Drogenkrieg\\p{L}*|Drogenbekämpfung|Rauschgifthandel\\p{L}*)\\b"),
            Pattern.compile("\\b(?:" + US_LEADERS + "|Weiß(?:e|en)\\s+Haus\\p{L}*|Oval\\s+Office|Pentagon|US-Au(?:ß|ss)enministerium\\p{L}*|US-Au(?:ß|ss)enminister\\p{L}*|US-Verteidigungsminister\\p{L}*)\\b"),
            p("\\b(?:könnte|könnten|hofft|abgesagt|verschoben|nicht|kein\\p{L}*|nie|dementier\\p{L}*)\\b"),
            p("\\b(?:empf(?:ing|angen|ängt))\\b"),
            // titles are compounds: "die japanische Außenministerin", "US-Verteidigungsminister", "Staatspräsident"
            p("\\b(?:\\p{L}*[Pp]räsident\\p{L}*|(?:Staats|Regierungs|Armee|Generalstabs)?[Cc]hef\\p{L}*|Amtskolleg\\p{L}*|Kolleg(?:e|en|in)|\\p{L}*[Mm]inister\\p{L}*|Emir|König|Kronprinz\\p{L}*|Scheich|Delegation|General\\p{L}*)\\b"),
            p("\\b(?:über|bezüglich|während|Invasion\\s+in|Krieg\\s+in|Krise\\s+in|nach|in)\\s+(?:die\\s+|den\\s+|das\\s+|der\\s+|dem\\s+)?$"));

    private static Pattern p(String regex) {
        return Pattern.compile(regex, CI);
    }

    private final Words words;
    private final CountryGazetteer gazetteer;
    private final ActorCues actorCues;

    MeetingReader(String lang) {
        this.lang = PerLanguage.pick(lang, "en", "fr", "es", "pt", "de");
        this.words = PerLanguage.pick(lang, ENGLISH, FRENCH, SPANISH, PORTUGUESE, GERMAN);
        this.gazetteer = CountryGazetteer.forLanguage(PerLanguage.pick(lang, "en", "fr", "es", "pt", "de"));
        this.actorCues = ActorCues.forLanguage(lang);
    }

    /** A meeting read from a sentence: who met. */
    record Meeting(Sentence sentence, List<String> actors, boolean filled) {
    }

    /**
     * @param aboutDefence whether the article as a whole is about defence (it names the status, or reports
     *                     other defence cooperation, or speaks of defence in several sentences)
     * @param aboutStatus  whether it names the Major Non-NATO Ally status: then a meeting needs no defence word near it
     */
    List<Meeting> read(List<Sentence> sentences, java.util.function.BooleanSupplier aboutDefenceSupplier, boolean aboutStatus,
                       java.util.function.Supplier<List<String>> mainCountriesSupplier) {
        Map<String, Meeting> found = new LinkedHashMap<>();
        Boolean aboutDefence = null;
        List<String> mainCountries = null;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            String text = s.text();
            if ("de".equals(lang) ? !MEETING_STEMS.anywhere(text) : !MEETING_STEMS.atWordStart(text)) {
                continue; // no meeting word can be in it: spare the expressions
            }
            Matcher meeting = words.meeting().matcher(text);
            int cue = Prefiltered.of(words.meeting()).mayFind(text) && meeting.find() ? meeting.start() : -1;
            if (cue < 0) {
                // "received the Colombian president": receiving is a meeting only when a person is received
                Matcher receive = words.receive().matcher(text);
                boolean mayReceive = Prefiltered.of(words.receive()).mayFind(text);
                while (mayReceive && receive.find() && cue < 0) {
                    Matcher title = words.title().matcher(text).region(receive.end(), Math.min(text.length(), receive.end() + TITLE_REACH));
                    // "el presidente tunecino, Beji Caid Essebsi, fue recibido en la Casa Blanca": the person received, before a passive
                    Matcher titleBefore = words.title().matcher(text).region(Math.max(0, receive.start() - TITLE_REACH * 2), receive.start());
                    if (title.find() || PASSIVE_BEFORE.matcher(text.substring(Math.max(0, receive.start() - 12), receive.start())).find() && titleBefore.find()) {
                        cue = receive.start();
                    }
                }
            }
            if (cue < 0 || words.call().matcher(text).find()) {
                continue;
            }
            String before = text.substring(0, cue);
            if (words.takenBack().matcher(clause(before)).find()) {
                continue;
            }
            boolean onDefence = Prefiltered.of(words.defence()).find(text) || aboutStatus;
            if (!onDefence) {
                if (aboutDefence == null) {
                    aboutDefence = aboutDefenceSupplier.getAsBoolean();
                }
                onDefence = aboutDefence && defenceNear(sentences, i);
            }
            if (!onDefence) {
                continue; // defence in the meeting's own sentence, the status the article is about, or a defence article speaking of it around
            }
            Set<String> actors = participants(text, cue);
            boolean filled = false;
            if (actors.size() == 1) {
                if (mainCountries == null) {
                    mainCountries = mainCountriesSupplier.get();
                }
                for (String c : mainCountries) {
                    if (actors.size() < 2 && actors.add(c)) {
                        filled = true;
                    }
                }
            }
            if (actors.size() < 2) {
                continue;
            }
            List<String> sorted = actors.stream().limit(MAX_ACTORS).sorted().toList();
            found.putIfAbsent(String.join(",", sorted), new Meeting(s, sorted, filled));
        }
        return new ArrayList<>(found.values());
    }

    /** The part of the text after its last comma or semicolon: the clause the meeting word is in. */
    private static String clause(String before) {
        int cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
        return cut < 0 ? before : before.substring(cut + 1);
    }

    private boolean defenceNear(List<Sentence> sentences, int i) {
        for (int k = Math.max(0, i - TOPIC_REACH); k <= Math.min(sentences.size() - 1, i + TOPIC_REACH); k++) {
            if (Prefiltered.of(words.defence()).find(sentences.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The countries of the two sides that met: those the people who met belong to ("the Colombian
     * president", "l'émir du Qatar", "presidente colombiano", "Staatschef Kenias"), the country
     * visited ("on a visit to Kabul", "visitó Colombia"), the United States by its offices; never a
     * country only named near the meeting word ("exercícios militares chineses em torno de Taiwan"),
     * the topic of the talks ("talks over Ukraine", "during Russia's invasion"), nor a critic.
     */
    private Set<String> participants(String text, int cue) {
        List<CountryMention> countries = gazetteer.find(text);
        Map<String, Integer> byRole = new LinkedHashMap<>();
        CountryMention previousTitled = null;
        for (CountryMention c : countries) {
            String before = text.substring(Math.max(0, c.start() - 40), c.start());
            String after = text.substring(c.end(), Math.min(text.length(), c.end() + 40));
            if (actorCues.topicBefore().matcher(before).find() || words.topic().matcher(before).find()
                    || actorCues.bystanderAfter().matcher(after).find()) {
                previousTitled = null;
                continue;
            }
            // "os ministros da Defesa de Portugal e de Moçambique", "los viceministros surcoreano y colombiano": the title is both's
            boolean coordinated = previousTitled != null && c.start() >= previousTitled.end()
                    && COORDINATED.matcher(text.substring(previousTitled.end(), c.start())).matches();
            if (coordinated || titled(text, c) || DESTINATION.get(lang).matcher(before).find()) {
                byRole.merge(c.iso3(), Math.abs(c.start() - cue), Math::min);
                previousTitled = c;
            } else {
                previousTitled = null;
            }
        }
        Matcher us = words.usOffices().matcher(text);
        while (us.find()) {
            byRole.merge("USA", Math.abs(us.start() - cue), Math::min);
        }
        // "Hu met Cambodian Prime Minister Hun Sen": a leader named alone stands for the country, unless the talks are about them
        for (Leaders.Named leader : Leaders.find(text)) {
            String before = text.substring(Math.max(0, leader.start() - 40), leader.start());
            if (!actorCues.topicBefore().matcher(before).find() && !words.topic().matcher(before).find()) {
                byRole.merge(leader.iso3(), Math.abs(leader.start() - cue), Math::min);
            }
        }
        Set<String> actors = new LinkedHashSet<>();
        if (byRole.isEmpty()) {
            return actors; // no one named as one who met: countries mentioned near a meeting word met no one
        }
        byRole.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(2).forEach(e -> actors.add(e.getKey()));
        return actors;
    }

    /** What stands between two countries of one title: "de Portugal e de Moçambique", "surcoreano y colombiano", "of France and Germany". */
    private static final Pattern COORDINATED = Pattern.compile("\\s*(?:and|et|y|e|und)\\s+(?:(?:of|de|du|da|do|del|des|von)\\s+)?"
            + "(?:(?:the|la|le|el|o|a|der)\\s+|l['’]\\s*)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A country's name that is itself an office or a minister's title ("Bundesaußenministerin", "Auswärtigen Amt", "BMVg"). */
    private static final Pattern OFFICE = Pattern.compile("(?:minister|ministerin|ministers|ministerium|ministeriums|Amt|Amts|Amtes|BMVg)$");

    /** A passive auxiliary right before "received": "fue recibido", "foi recebido", "a été reçu", "was received", "wurde empfangen". */
    private static final Pattern PASSIVE_BEFORE = Pattern.compile("\\b(?:fue|fueron|foi|foram|été|was|were|wurde|wurden)\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Whether a country names the country of a person by title: right before the title, or right after it (by "of" or as an adjective). */
    private boolean titled(String text, CountryMention c) {
        if (OFFICE.matcher(text.substring(c.start(), c.end())).find()) {
            return true; // the country named by its minister or office: "Bundesverteidigungsminister Boris Pistorius"
        }
        Matcher after = words.title().matcher(text).region(c.end(), Math.min(text.length(), c.end() + TITLE_REACH));
        if (after.find() && text.substring(c.end(), after.start()).replaceAll("['’]s\\b", "").matches("(?s)\\s*(?:[\\p{L}-]+\\s+){0,2}?")) {
            return true; // "Colombian President", "Kenya's president", "the Saudi crown prince"
        }
        Matcher before = words.title().matcher(text).region(Math.max(0, c.start() - TITLE_REACH), c.start());
        int end = -1;
        while (before.find()) {
            end = before.end();
        }
        if (end < 0) {
            return false;
        }
        String between = text.substring(end, c.start());
        // "President of Colombia", "presidente colombiano", "Staatschef Kenias", "President Iván Duque of Colombia"
        return TITLE_OF.matcher(between).matches() || NAMES.matcher(between.replaceAll("\\s+(?:of|de|du|da|do|del)\\s*$", "")).matches()
                && between.matches("(?s).*\\b(?:of|de|du|da|do|del)\\s*$");
    }

    /** Whether any sentence of the article speaks of defence or security. */
    boolean anyDefence(List<Sentence> sentences) {
        return sentences.stream().anyMatch(s -> Prefiltered.of(words.defence()).find(s.text()));
    }

    static String fold(String s) {
        return Folding.fold(s);
    }
}

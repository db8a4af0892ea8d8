package io.allywatch.engine.aid;

import io.allywatch.contract.AidEvent.AidPurpose;
import io.allywatch.contract.AidEvent.AidScope;
import io.allywatch.contract.AidEvent.AidStatus;
import io.allywatch.engine.dates.DateFinder;
import io.allywatch.engine.dates.DateMention;
import io.allywatch.engine.gazetteer.Aggressors;
import io.allywatch.engine.gazetteer.CountryGazetteer;
import io.allywatch.engine.gazetteer.CountryMention;
import io.allywatch.engine.gazetteer.Leaders;
import io.allywatch.engine.money.MoneyFinder;
import io.allywatch.engine.money.MoneyMention;
import io.allywatch.engine.text.Prefiltered;
import io.allywatch.engine.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads aid from sentences: an amount of money in a sentence that speaks of aid (or continues one
 * that did: "Of this, $29 million ..."), the recipient (the country the money goes to, the one that
 * receives or asks), and the donor only where the text states it: the country or institution that
 * gives, pledges or lends, the aid's own adjective ("US aid", "la ayuda estadounidense", "Japanese
 * loans"), the one aid comes from, or the US government by its branches. An amount whose donor the
 * text does not state gives no aid at all: there is no default donor. Each amount says its scope
 * (military and security, economic, humanitarian, mixed), whether it is a part of a total stated
 * before it ("of which", "davon", "de los cuales"), and whether it is summed over years ("since
 * 1973"). Stateless and thread-safe.
 */
public final class AidExtractor {
    /** How many sentences back a continuation ("the package", "Of this") may find its aid. */
    private static final int CONTEXT_REACH = 2;
    /** How many sentences back a sentence that names no donor may take the donor of aid just read. */
    private static final int DONOR_REACH = 3;
    private static final int PURPOSE_AFTER = 90;
    private static final int PURPOSE_BEFORE = 40;
    private static final int NOT_AID_WINDOW = 60;
    /** How close to an amount an aid word overrides a word of no aid in the window. */
    private static final int AID_OVERRIDE = 25;
    private static final int MAX_AMOUNTS_PER_SENTENCE = 12;
    /** Below this an amount is a price or a rate, not aid. */
    private static final java.math.BigDecimal SMALLEST_AID = java.math.BigDecimal.valueOf(1000);
    /** How far before a country its recipient or donor preposition may start. */
    private static final int LEAD = 50;
    /** How many words may stand between a donor and the aid word it qualifies ("US military aid", "ayuda militar estadounidense"). */
    private static final int ADJECTIVE_REACH = 2;
    /** How many words may stand between the country right after a verb of giving and the amount it gets. */
    private static final int DATIVE_REACH = 3;
    /** How many words a giving verb may follow its subject. */
    private static final int SUBJECT_REACH = 10;
    /** The donor code of a group of creditors (the Paris Club, a consultative group): its packages mix debt relief and commercial money. */
    private static final String DONOR_GROUP = "DGR";
    private static final int GERMAN_SUBJECT_REACH = 18;
    private static final Pattern CLAUSE_END = Pattern.compile("\\s--|[;,\\u2013\\u2014]");
    /** A clause boundary or a contrast, past which a party is no longer a verb's subject: "..., Guatemala and Costa Rica while another ...". */
    private static final Pattern CLAUSE_OR_CONTRAST = Pattern.compile("\\s--|[;,\\u2013\\u2014]|\\b(?:while|whereas|but|mientras|alors\\s+que|tandis\\s+que|enquanto|während|aber)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** An auxiliary right before a verb of giving makes it passive: "Senegal was given", "foi concedido", "wurde gewährt". */
    private static final Pattern PASSIVE = Pattern.compile("\\b(?:was|were|is|are|be|been|being|fue|fueron|ha\\s+sido|foi|foram|tem\\s+sido|a\\s+été|ont\\s+été|été|wurde|wurden|worden|s['’]est\\s+vue?|se\\s+sont\\s+vue?s?)\\s+(?:\\p{L}+\\s+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "displaced from Mozambique", "imports from Japan": where people or goods come from, no donor. */
    private static final Pattern FROM_PLACE = Pattern.compile("\\b(?:displaced|fled|fleeing|refugees|returned|returning|arriving|coming|imported|imports?|exports?|smuggled|deported)\\s+\\S+\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d'’.-]+");
    private static final Pattern SINCE_YEAR = Pattern.compile("\\b(?:since|depuis|desde|seit)\\s+(?:(?:el|o|l['’]|dem|the)\\s+)?(?:(?:an|año|ano|Jahr|year)\\s+)?((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final String USA = "USA";
    /** Prints why each amount was dropped: {@code -Dallywatch.debug.aid=true}. */
    private static final boolean DEBUG = Boolean.getBoolean("allywatch.debug.aid");
    /** A recipient the article names several donors for: none of them is carried to a sentence that names none. */
    static final String AMBIGUOUS = "";

    private final String lang;
    private final AidLexicon lexicon;
    private final AidCues cues;
    private final CountryGazetteer gazetteer;
    private final MoneyFinder money;
    private final DateFinder dates;
    /** The words of aid, of giving and of receiving, each behind a scan for its beginnings: asked of every sentence with an amount. */
    private final Prefiltered aidWord;
    private final Prefiltered aidLexiconWord;
    private final Prefiltered giveWord;
    private final Prefiltered receiveWord;

    private final AidSecondReading secondReading;
    /** What an amount's words tell besides who gives and gets: status, purpose, scope, program, year, source. */
    private final AidFields fields;

    private AidExtractor(String lang, AidRanker ranker) {
        this.secondReading = ranker == null ? null : new AidSecondReading(this, ranker);
        this.lexicon = AidLexicon.forLanguage(lang);
        this.fields = new AidFields(lexicon);
        this.lang = lexicon.lang();
        this.cues = AidCues.forLanguage(this.lang);
        this.gazetteer = CountryGazetteer.forLanguage(this.lang);
        this.money = new MoneyFinder(this.lang);
        this.dates = new DateFinder(this.lang);
        this.aidWord = Prefiltered.of(cues.aid());
        this.aidLexiconWord = Prefiltered.of(lexicon.aid());
        this.giveWord = Prefiltered.of(cues.give());
        this.receiveWord = Prefiltered.of(cues.receive());
    }

    /** The rules and, where the engine ships its weights, the second reading ({@link AidRanker#bundled()}). */
    public static AidExtractor forLanguage(String lang) {
        return new AidExtractor(lang, BUNDLED_RANKER);
    }

    /** The rules, and the second reading by {@code ranker} where it is not null (null: the rules alone). */
    public static AidExtractor forLanguage(String lang, AidRanker ranker) {
        return new AidExtractor(lang, ranker);
    }

    private static final AidRanker BUNDLED_RANKER = AidRanker.bundled().orElse(null);

    String lang() {
        return lang;
    }

    AidFields fields() {
        return fields;
    }

    AidCues cues() {
        return cues;
    }

    boolean giveWord(String text) {
        return giveWord.find(text);
    }

    boolean receiveWord(String text) {
        return receiveWord.find(text);
    }

    /**
     * The amounts of a sentence the rules passed over for want of a word of aid, as they would have read
     * them: with the currency spoken, without conversions, prices, sales, commercial finance and hedges.
     */
    List<MoneyMention> unreadAmounts(String text, String currencySpoken) {
        if (!hasDigit(text) || cues.sale().matcher(text).find() || cues.commercial().matcher(text).find()) {
            return List.of();
        }
        List<MoneyMention> read = money.find(text);
        if (MoneyFinder.mayHoldBareAmount(text)) {
            read = withBare(text, read, currencySpoken);
        }
        List<MoneyMention> amounts = withoutConversions(text, read);
        if (amounts.isEmpty() || lexicon.hedge().matcher(text.substring(0, amounts.get(0).start())).find()) {
            return List.of();
        }
        return amounts.stream().limit(MAX_AMOUNTS_PER_SENTENCE)
                .filter(m -> m.amount().compareTo(SMALLEST_AID) >= 0 && !nearNotAid(text, m)).toList();
    }

    /** A finding of the second reading: the year, status, purpose and scope read as the rules read them for one amount. */
    AidFinding finding(String donor, String recipient, Sentence sentence, MoneyMention m, List<MoneyMention> amounts, LocalDate published,
                       double confidence) {
        String text = sentence.text();
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + PURPOSE_AFTER));
        String before = text.substring(Math.max(0, m.start() - PURPOSE_BEFORE), m.start());
        String clause = CLAUSE_END.split(after, 2)[0];
        boolean cumulative = cues.cumulative().matcher(before + " " + clause).find();
        Integer sinceYear = null;
        Integer year = null;
        if (cumulative) {
            Matcher since = SINCE_YEAR.matcher(before + " " + clause);
            sinceYear = since.find() ? Integer.valueOf(since.group(1)) : null;
        } else {
            DateMention d = fields.nearestYear(dates.find(text, published), m, amounts);
            year = d == null ? null : d.year();
        }
        AidStatus status = fields.amountStatus(before + " " + clause, fields.status(text));
        if (status == AidStatus.ACTUAL && year != null && published != null && year > published.getYear()) {
            status = AidStatus.PLANNED;
        }
        String program = fields.program(text);
        return new AidFinding(donor, recipient, m.amount(), m.currency(), year, false, status, fields.purpose(before + " " + after),
                fields.scope(before + " " + after, text, program), program, fields.attribution(text), sentence, confidence, null, cumulative, sinceYear);
    }

    /**
     * Who a rule found, and how surely: strong where the grammar says it ("to Peru", "Japan will
     * lend", "US aid"), weak where only elimination does (the one country left, the one named first).
     */
    private record Pick(String code, boolean strong) {
        static Pick strong(String code) {
            return new Pick(code, true);
        }

        static Pick weak(String code) {
            return new Pick(code, false);
        }
    }

    /**
     * In a list of shares, the country that opens this amount's item: after the amount before it, a
     * conjunction or comma, the country and at most a verb of receiving or "with" ("und Libanon 13 Millionen Euro",
     * "o Maláui com um milhão", "y Honduras 20 millones").
     */
    private Party listedBefore(String text, List<Party> parties, MoneyMention m, int segmentStart) {
        if (segmentStart == 0) {
            return null; // the first amount of a sentence opens no list
        }
        for (Party p : parties) {
            if (!p.institution() && p.start() >= segmentStart && p.end() <= m.start()
                    && LIST_ITEM_LEAD.matcher(text.substring(segmentStart, p.start())).matches()
                    && LIST_ITEM_TAIL.matcher(text.substring(p.end(), m.start())).matches()) {
                return p;
            }
        }
        return null;
    }

    private static final Pattern LIST_ITEM_LEAD = Pattern.compile("\\s*(?:,\\s*(?:and|et|y|e|und|sowie)?|and|et|y|e|und|sowie|;)\\s*"
            + "(?:(?:the|la|le|el|o|a|die|der|das)\\s+|l['’]\\s*)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LIST_ITEM_TAIL = Pattern.compile("\\s*(?:(?:receives?|gets?|reçoit|recibe|recebe|erhält|bekommt)\\s+|(?:with|avec|con|com|mit)\\s+)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A party to aid named in a sentence: a country (ISO alpha-3) or an institution (its donor code). */
    /**
     * @param government the US government by one of its branches (Congress, the State Department)
     * @param official   a state named by its government, a minister or a leader ("le gouvernement suédois", "die britische
     *                   Premierministerin", "Starmer"): one that acts, so the giver where no other is stated
     */
    record Party(String code, int start, int end, boolean institution, boolean government, boolean official) {
        Party(String code, int start, int end, boolean institution) {
            this(code, start, end, institution, false, false);
        }

        Party(String code, int start, int end, boolean institution, boolean government) {
            this(code, start, end, institution, government, false);
        }
    }

    /** A noun of government right before a country's adjective, as the Romance languages write it: "le gouvernement suédois". */
    private static final Pattern OFFICE_BEFORE = Pattern.compile("\\b(?:gouvernement|ministre|ministère|président|présidente|chef\\s+de\\s+la\\s+diplomatie|ambassadeur|ambassadrice|ambassade|"
            + "exécutif|secrétaire\\s+d['’]État|gobierno|ministro|ministra|ministerio|presidente|presidenta|canciller|embajador|embajadora|embajada|Ejecutivo|"
            + "governo|ministério|embaixador|embaixadora|embaixada|primeiro-ministro|primeira-ministra)\\s+(?:fédéral\\s+|federal\\s+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A country's adjective right before a noun of government, as English and German write it: "the British government", "die britische Premierministerin". */
    private static final Pattern OFFICE_AFTER = Pattern.compile("^\\s+(?:(?:Foreign|Defen[cs]e|Prime|Development)\\s+)?(?:government|minister|ministry|embassy|ambassador|president|chancellor|secretary|"
            + "Regierung|Bundesregierung|\\p{L}*[Mm]inister(?:in)?|\\p{L}*[Mm]inisterium|Präsident(?:in)?|Kanzler(?:in)?|Botschaft|Botschafter(?:in)?)\\b",
            Pattern.UNICODE_CASE);

    /** An office that is itself the name ("Bundesverteidigungsministerin", "Auswärtiges Amt", "BMVg"): a state named by its government. */
    private static final Pattern OFFICE_NAMED = Pattern.compile("[\\p{L} ]*(?:[Mm]inister(?:in|ium)?|Amt|Amts|Amtes|BMVg|Bundeswehr|Bundesregierung)");

    /** What the last aid sentence said, for the sentences that continue it. */
    private record AidContext(String donor, String recipient, int index, AidFinding total, boolean oneRecipient) {
    }

    /** @param published publication date, for "next year" and for money not yet spent; may be null */
    public List<AidFinding> extract(List<Sentence> sentences, LocalDate published) {
        Reading r = read(sentences, published);
        if (secondReading == null || !r.mayReadMore()) {
            return r.findings();
        }
        List<AidFinding> all = new ArrayList<>(r.findings());
        all.addAll(secondReading.findings(sentences, published, r));
        return List.copyOf(all);
    }

    /**
     * The candidates of the second reading, each with its features, for training its ranker: the
     * amounts the rules left unread in an article where they read aid.
     */
    public List<AidCandidate> candidates(List<Sentence> sentences, LocalDate published) {
        Reading r = read(sentences, published);
        return r.mayReadMore() ? AidSecondReading.candidates(this, sentences, r) : List.of();
    }

    /**
     * What the rules made of an article: the aid they read, the amounts they left and why, and per
     * recipient the donor the article stated (or {@link #AMBIGUOUS}).
     */
    record Reading(List<AidFinding> findings, List<AidSecondReading.Unread> unread, Map<String, String> donors) {
        /**
         * Amounts left, in an article where the rules read aid with its donor: without a stated donor no
         * second reading may read aid (a giver named only for aid with no recipient was tried: it read
         * aid into negative documents on dev).
         */
        boolean mayReadMore() {
            return !unread.isEmpty() && !donors.isEmpty();
        }
    }

    private Reading read(List<Sentence> sentences, LocalDate published) {
        List<AidSecondReading.Unread> unread = new ArrayList<>();
        Map<String, AidFinding> best = new LinkedHashMap<>();
        AidContext context = null;
        String articleRecipient = null;
        // Per recipient, the donor the article has stated for aid to it; several donors: none can be assumed
        Map<String, String> donors = new java.util.HashMap<>();
        // The givers the article has stated for aid it gave no one recipient ("BID aprueba US$1.650 millones para países de América Latina")
        Set<String> statedGivers = new java.util.LinkedHashSet<>();
        // Both read the whole article: only for articles that speak of aid, once (most news has no aid sentence at all).
        String[] currencies = null;
        Boolean usGovernmentNamed = null;
        Map<String, Integer> sentencesNaming = null;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            String text = sentence.text();
            boolean scaleWord = MoneyFinder.mayHoldBareAmount(text);
            if (!hasDigit(text) && !scaleWord || !MoneyFinder.mayHoldMoney(text) && !scaleWord) {
                continue; // no amount can be read here ("einer Milliarde Euro" has no digit): cheap scans, before any expression
            }
            // What could make an amount here aid, read before the amounts themselves: most sentences with a
            // figure are business news with none of it, and reading money and parties is the dearer part.
            boolean aidWords = aidCue(text);
            boolean give = !aidWords && giveWord.find(text);
            boolean receive = !aidWords && receiveWord.find(text);
            boolean recent = context != null && i - context.index() <= CONTEXT_REACH;
            boolean breakdownStart = recent && startsBreakdown(text);
            // In an article that has already spoken of aid, a later amount given or received ("Ottawa allouera ...",
            // "ce qui libère 95 millions de dollars") continues it even a few sentences on.
            boolean continuation = recent && (breakdownStart || lexicon.aidAnaphor().matcher(text).find())
                    || context != null && (give || receive || !fields.scopes(text).isEmpty() || SHARE.matcher(text).find());
            if (!aidWords && !give && !receive && !sentence.headlineLike() && !continuation) {
                trace("no aid words", text, null);
                unread.add(AidSecondReading.Unread.sentence(i));
                continue;
            }
            List<MoneyMention> read = money.find(text);
            if ((aidWords || continuation || give || receive) && scaleWord && hasDigit(text)) { // "De ese total, 615 millones ...", "Ottawa allouera 123 millions pour"
                if (currencies == null) {
                    currencies = currencySpoken(sentences);
                }
                read = withBare(text, read, currencies[i]); // "615 millones se enmarcan ...": the currency spoken
            }
            List<MoneyMention> amounts = withoutConversions(text, read);
            if (amounts.isEmpty()) {
                continue;
            }
            if (!aidWords && (give || receive || sentence.headlineLike())) {
                // Without a word of aid, only a verb of giving or receiving, or a headline, can make an amount aid
                List<Party> named = parties(text);
                // "the UK has committed £21.8bn for Ukraine": giving a country an amount is aid
                aidWords = give && named.stream().anyMatch(p -> !p.institution() && led(text, p, 0, cues.to()))
                        // a headline "15 Milliarden Euro für die Ukraine" over a text about aid
                        || sentence.headlineLike() && named.stream().anyMatch(p -> !p.institution() && led(text, p, 0, cues.to()))
                        && aidNear(sentences, i)
                        // "Bislang hat Deutschland der Ukraine mit über 15 Milliarden Euro geholfen", "pledged Kyiv $2 billion"
                        || give && named.stream().anyMatch(p -> !p.institution() && objectOfGiving(text, p))
                        // "hat den jordanischen Streitkräften Fahrzeuge ... im Wert von rund 18 Mio EUR übergeben": given to a country's forces
                        || give && named.stream().anyMatch(p -> forcesOf(text, p))
                        // "Congress is preparing to provide about $95 million more to train and equip two Colombian brigades"
                        || give && givenBySubject(text, named)
                        // "die Obama ... beim Kongress für Tunis beantragt hat": asked for a country
                        || receive && named.stream().anyMatch(p -> !p.institution() && led(text, p, 0, cues.to()))
                        // "Taipéi obtendría 4.500 millones de dólares": a country that receives, as the subject of the verb
                        // (not "the administration is expected to seek $80bn": the US government asking for its own budget)
                        || receive && named.stream().anyMatch(p -> !p.institution() && !(p.government() && USA.equals(p.code()))
                        && receivesAsSubject(text, p, amounts));
            }
            if (!aidWords && !continuation) {
                trace("no aid words", text, null);
                unread.add(AidSecondReading.Unread.sentence(i));
                continue;
            }
            if (cues.sale().matcher(text).find() && !cues.aid().matcher(text).find()) {
                trace("a sale", text, null); // "approved the sale of F-16 fighter jets to Turkey worth $23 billion"
                continue;
            }
            if (FUND_TARGET.matcher(text).find() && PAID_IN.matcher(text).find()) {
                trace("paid into a fund", text, null); // "In einen Treuhandfonds ... seien Beiträge von 10,8 Millionen Dollar eingezahlt worden"
                continue;
            }
            if (cues.commercial().matcher(text).find()) {
                trace("commercial finance", text, null); // "syndicating Mexico's 7.7 billion dlr loan", "new loans from private banks"
                continue;
            }
            if (lexicon.hedge().matcher(text.substring(0, amounts.get(0).start())).find()) {
                trace("hedged", text, null);
                continue;
            }
            List<Party> parties = parties(text).stream()
                    .filter(p -> amounts.stream().noneMatch(a -> a.start() < p.end() && p.start() < a.end()))
                    .toList();
            List<DateMention> sentenceDates = dates.find(text, published);
            AidStatus sentenceStatus = fields.status(text);
            String program = fields.program(text);
            String attributedTo = fields.attribution(text);
            AidFinding sentenceTotal = null;
            String sentenceDonor = null;
            String sentenceRecipient = null;
            boolean sentenceDonorStrong = false;
            String lastRecipient = null;
            boolean lastRecipientStrong = false;
            Set<String> sentenceRecipients = new java.util.HashSet<>();
            int n = Math.min(amounts.size(), MAX_AMOUNTS_PER_SENTENCE);
            for (int k = 0; k < n; k++) {
                MoneyMention m = amounts.get(k);
                if (m.amount().compareTo(SMALLEST_AID) < 0) {
                    trace("a price, not aid", text, m); // "26 dlrs" a tonne of freight, "the 20 dlr level" of oil
                    continue;
                }
                if (nearNotAid(text, m)) {
                    trace("no aid near", text, m);
                    continue;
                }
                int segmentStart = k == 0 ? 0 : amounts.get(k - 1).end();
                int segmentEnd = k + 1 < amounts.size() ? amounts.get(k + 1).start() : text.length();
                Matcher other = lexicon.otherRecipient() == null ? null : lexicon.otherRecipient().matcher(text.substring(m.end(), segmentEnd));
                if (other != null && other.lookingAt() && parties.stream().noneMatch(p -> p.start() >= m.end() && p.start() < m.end() + other.end())) {
                    continue; // "300 mln dlrs in economic aid for four Central American states": no one country
                }
                Pick recipientPick = recipient(text, parties, m, segmentStart, segmentEnd);
                String recipient = recipientPick == null ? null : recipientPick.code();
                boolean recipientStrong = recipientPick != null && recipientPick.strong();
                boolean carried = false;
                if (recipient == null) {
                    // the recipient of the amount just before: "2,1 milliards de dollars à l'Égypte, dont 815 millions ... et 1,3 milliard ..."
                    recipient = lastRecipient;
                    recipientStrong = lastRecipientStrong;
                }
                AidContext previous = context;
                if (recipient == null && continuation && previous.recipient() != null && previous.oneRecipient()
                        && parties.stream().noneMatch(p -> !p.institution() && !p.code().equals(previous.donor()))) {
                    recipient = previous.recipient();
                    recipientStrong = true; // the aid just read, continued
                    carried = true;
                }
                if (recipient == null && COUNTRY_ANAPHOR.matcher(text.substring(m.end(), segmentEnd)).lookingAt()) {
                    // "Canada is allocating $100 million in humanitarian aid to the country": the country the article is about
                    String about = mostNamed(sentences, parties);
                    if (about != null) {
                        recipient = about;
                        recipientStrong = true;
                        carried = true;
                    }
                }
                String main = articleRecipient;
                if (recipient == null && main != null && parties.stream().allMatch(p -> p.institution() || p.code().equals(USA) || p.code().equals(main)
                        || givesAsSubject(text, p) || possesses(text, p, m))) {
                    recipient = main; // "Knapp 15 Milliarden Euro hat Deutschland bereits geleistet", in an article about aid to Ukraine
                    carried = true;
                }
                if (recipient == null && aidWord.find(text)) {
                    // "Washington has pledged more than $570 million in assistance since the 2011 revolution", in an article
                    // about Tunisia: aid named as such, nobody here to get it but the country the article is about
                    if (sentencesNaming == null) {
                        sentencesNaming = sentencesNaming(sentences);
                    }
                    String about = articleSubject(sentencesNaming, text, parties, m);
                    if (about != null) {
                        recipient = about;
                        carried = true;
                    }
                }
                if (recipient == null) {
                    Pick giver = donor(text, parties, null, m);
                    if (giver != null && giver.strong()) {
                        statedGivers.add(giver.code()); // "El BID dio luz verde a US$1.650 millones para seis países": a giver, for later sentences
                    }
                    trace("no recipient", text, m);
                    unread.add(new AidSecondReading.Unread(i, m, amounts, null, AidFeature.UNREAD_NO_RECIPIENT));
                    continue;
                }
                Pick donorPick = donor(text, parties, recipient, m);
                String donor = donorPick == null ? null : donorPick.code();
                boolean donorStrong = donorPick != null && donorPick.strong();
                if (donor == null) {
                    donor = sentenceDonor;
                    donorStrong = sentenceDonorStrong;
                }
                if (!donorStrong && context != null && i - context.index() <= DONOR_REACH && context.donor() != null
                        && recipient.equals(context.recipient()) && !context.donor().equals(donor)) {
                    // "The bank said a 34 mln dlr loan is to help Jamaica ... demand of the United States": the giver of the aid
                    // just read, over a country merely named
                    donor = context.donor();
                    donorStrong = true;
                    carried = true;
                }
                if (donor == null && context != null && i - context.index() <= DONOR_REACH && context.donor() != null
                        && recipient.equals(context.recipient())) {
                    donor = context.donor(); // "... $84 million to Peru. Of this, $29 million ..." and the like: the giver of the aid just read
                    donorStrong = true;
                    carried = true;
                }
                String receiving = recipient;
                if (donor == null && donors.containsKey(receiving) && !donors.get(receiving).equals(AMBIGUOUS)
                        && parties.stream().allMatch(p -> p.code().equals(receiving))) {
                    donor = donors.get(receiving); // the one giver this article has named for aid to this recipient
                    donorStrong = true;
                    carried = true;
                }
                String sole = soleDonor(donors);
                if (donor == null && sole != null && !sole.equals(receiving)
                        && parties.stream().allMatch(p -> !p.institution() && !givesAsSubject(text, p) && !possesses(text, p, m))) {
                    donor = sole; // the one giver of all the aid this article has read so far ("... 3 milliards de dollars à Israël")
                    carried = true;
                }
                if (donor == null && sole == null && statedGivers.size() == 1 && !statedGivers.contains(receiving)
                        && recipientStrong && cues.aid().matcher(text).find() // aid named, to one said to get it
                        && parties.stream().allMatch(p -> p.code().equals(receiving) || p.institution() && statedGivers.contains(p.code())
                        || !p.institution() && !p.official() && !givesAsSubject(text, p) && !possesses(text, p, m) && !led(text, p, 0, cues.from()))) {
                    donor = statedGivers.iterator().next(); // "Haití recibirá una financiación de US$60 millones", in the article of the IDB's loans
                    carried = true;
                }
                if (donor == null && usGovernmentNamed == null) {
                    usGovernmentNamed = sentences.stream().anyMatch(x -> cues.usGovernment().matcher(x.text()).find());
                }
                // (in dollars only: "Defence Secretary pledges £450m for Ukraine" is not the US government's, whoever else the article names)
                if (donor == null && usGovernmentNamed && !USA.equals(receiving) && donors.isEmpty() && "USD".equals(m.currency())
                        && parties.stream().allMatch(p -> !p.institution() && !givesAsSubject(text, p) && !possesses(text, p, m))) {
                    donor = USA; // an article whose only actor of aid is the US government: Congress, a Senate bill, the State Department
                    carried = true;
                }
                if (donor != null && recipient.equals(donors.get(donor)) && !donors.containsKey(recipient)) {
                    // "dos US$ 12,4 bilhões destinados à Ucrânia, US$ 3 bilhões ... Assistência de Segurança da Ucrânia ... ao governo
                    // americano": the article's aid flows the other way; a reading against it is that flow misread
                    trace("turned to the article's flow " + recipient + " -> " + donor, text, m);
                    String gives = recipient;
                    recipient = donor;
                    donor = gives;
                }
                if (donor == null || donor.equals(recipient)) {
                    trace("no donor for " + recipient, text, m);
                    continue; // no donor stated: no aid event, never a default donor
                }
                String gets = recipient;
                if (!recipientStrong && parties.stream().anyMatch(p -> p.code().equals(gets) && !p.institution() && givesAsSubject(text, p))
                        // "Israeli officials signed a memorandum to give Israel $38 billion": named as the one given to as well
                        && parties.stream().noneMatch(p -> p.code().equals(gets) && !p.institution() && p.end() <= m.start()
                                && (objectOfGiving(text, p) || led(text, p, 0, cues.to())))) {
                    trace(recipient + " gives here, it does not receive", text, m);
                    unread.add(new AidSecondReading.Unread(i, m, amounts, null, AidFeature.UNREAD_WEAK));
                    continue; // "the Indian government and participating states will provide 43 mln dlrs to the plan"
                }
                String giver = donor;
                if (parties.stream().anyMatch(p -> p.code().equals(giver) && EXAMPLE_OF.matcher(text.substring(Math.max(0, p.start() - 20), p.start())).find())) {
                    trace(donor + " is one example of the givers", text, m);
                    continue; // "international organisations such as the World Bank pledged ...": not its donor alone
                }
                if ((!donorStrong || donorPick == null) && UNNAMED_SOURCES.matcher(text).find()) {
                    trace("from unnamed lenders", text, m);
                    continue; // "loans from multilateral organisations and foreign governments": no one donor
                }
                String givenBy = donor;
                boolean lender = donorStrong && !DONOR_GROUP.equals(givenBy) && parties.stream().anyMatch(p -> p.institution() && p.code().equals(givenBy));
                // (what a development bank or the EU approves for a country is aid by what the giver is: "el BID aprobó US$300 millones para ...")
                // (in an article that has already read aid, its words suffice: "das neue Paket Material im Wert von 200 Millionen")
                if (!recipientStrong && !lender && !cues.aidProper().matcher(text).find() && fields.scopes(text).isEmpty()
                        && !(!best.isEmpty() && aidWord.find(text))) {
                    trace("recipient " + recipient + " by elimination, and no word of aid or of its purpose", text, m);
                    unread.add(new AidSecondReading.Unread(i, m, amounts, recipient, AidFeature.UNREAD_WEAK));
                    continue; // "Reagan will seek 2.5 billion dlrs to combat acid rain, a problem that troubles relations with Canada"
                }
                if (!donorStrong && !recipientStrong) {
                    trace("neither " + donor + " nor " + recipient + " said surely", text, m);
                    unread.add(new AidSecondReading.Unread(i, m, amounts, recipient, AidFeature.UNREAD_WEAK));
                    continue; // who gives and who gets both found only by elimination: too weak to report
                }
                if (sentenceDonor == null) {
                    sentenceDonor = donor;
                    sentenceDonorStrong = donorStrong;
                }
                if (sentenceRecipient == null) {
                    sentenceRecipient = recipient;
                }
                sentenceRecipients.add(recipient);
                lastRecipient = recipient;
                lastRecipientStrong = recipientStrong;
                if (articleRecipient == null && !carried) {
                    articleRecipient = recipient;
                }
                if (!carried) {
                    donors.merge(recipient, donor, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
                }
                int windowEnd = Math.min(segmentEnd, m.end() + PURPOSE_AFTER);
                String after = text.substring(m.end(), windowEnd);
                String before = text.substring(Math.max(segmentStart, m.start() - PURPOSE_BEFORE), m.start());
                String clause = CLAUSE_END.split(after, 2)[0];
                boolean cumulative = cues.cumulative().matcher(before + " " + clause).find();
                Integer sinceYear = null;
                if (cumulative) {
                    Matcher since = SINCE_YEAR.matcher(before + " " + clause);
                    sinceYear = since.find() ? Integer.valueOf(since.group(1)) : null;
                }
                Integer year = null;
                boolean fiscal = false;
                if (!cumulative) {
                    Matcher fy = lexicon.fiscalYear().matcher(text);
                    if (fy.find()) {
                        year = fields.fiscalYear(fy.group(1));
                        fiscal = true;
                    } else {
                        DateMention d = fields.nearestYear(sentenceDates, m, amounts);
                        year = d == null ? null : d.year();
                    }
                }
                AidStatus status = fields.amountStatus(k == 0 ? before + " " + clause : clause, sentenceStatus);
                if (status == AidStatus.ACTUAL && year != null && published != null && year > published.getYear()) {
                    status = AidStatus.PLANNED;
                }
                // Words before count only for the first amount: later ones are preceded by the previous one's purpose.
                String around = k == 0 ? before + " " + after : after;
                AidPurpose purpose = fields.purpose(around);
                AidScope scope = fields.scope(around, text, program);
                if (scope == AidScope.UNKNOWN && continuation && context.total() != null) {
                    scope = context.total().scope(); // "The budget is expected to drop to $74 million": the aid just spoken of
                }
                AidFinding total = null;
                if (k > 0 && sentenceTotal != null && cues.breakdown().matcher(text.substring(amounts.get(0).end(), m.start())).find()) {
                    total = sentenceTotal; // "$84 million, of which $29 million ..."
                } else if (k == 0 && breakdownStart && context.total() != null && recipient.equals(context.total().recipient())) {
                    total = context.total(); // "Darunter fast 60 Milliarden Euro ..." after the total of the sentence before
                } else if (k > 0 && breakdownStart && context.total() != null && recipient.equals(context.total().recipient())) {
                    total = context.total();
                }
                double confidence = confidence(sentence, carried, continuation && !aidWords);
                AidFinding f = new AidFinding(donor, recipient, m.amount(), m.currency(), year, fiscal, status, purpose, scope, program,
                        attributedTo, sentence, confidence, total, cumulative, sinceYear);
                if (k == 0) {
                    sentenceTotal = f;
                }
                String key = f.eventId(); // the same money twice in one article: one event, the surer reading
                AidFinding kept = best.get(key);
                if (kept == null || f.confidence() > kept.confidence() || kept.partOf() == null && f.partOf() != null) {
                    best.put(key, f);
                }
            }
            if (sentenceDonor != null) {
                AidFinding total = breakdownStart && context != null ? context.total() : sentenceTotal;
                context = new AidContext(sentenceDonor, sentenceRecipient, i, total, sentenceRecipients.size() == 1);
            }
        }
        return new Reading(List.copyOf(best.values()), unread, donors);
    }

    private static void trace(String why, String text, MoneyMention m) {
        if (DEBUG) {
            System.err.println("aid: " + why + (m == null ? "" : " [" + m.amount().toPlainString() + " " + m.currency() + "]") + ": " + text);
        }
    }

    /**
     * Per sentence, the currency the article speaks in there: the last one named up to it, else the
     * first one named after it (a headline "Sánchez movilizará 817 millones ..." over "817
     * millones de euros").
     */
    String[] currencySpoken(List<Sentence> sentences) {
        String[] at = new String[sentences.size()];
        String last = null;
        int firstNamed = -1;
        for (int i = 0; i < sentences.size(); i++) {
            String text = sentences.get(i).text();
            if (hasDigit(text)) {
                List<MoneyMention> found = money.find(text);
                if (!found.isEmpty()) {
                    last = found.get(found.size() - 1).currency();
                    if (firstNamed < 0) {
                        firstNamed = i;
                    }
                }
            }
            at[i] = last;
        }
        for (int i = 0; i < firstNamed; i++) {
            at[i] = at[firstNamed];
        }
        return at;
    }

    /** The amounts of a sentence with their currency, and those that leave it to the currency spoken ("615 millones se destinan"). */
    List<MoneyMention> withBare(String text, List<MoneyMention> found, String currency) {
        if (currency == null) {
            return found;
        }
        List<MoneyMention> bare = money.findWithoutCurrency(text, cues.aid(), currency);
        if (bare.isEmpty()) {
            return found;
        }
        List<MoneyMention> all = new ArrayList<>(found);
        for (MoneyMention b : bare) {
            if (all.stream().noneMatch(f -> f.start() < b.end() && b.start() < f.end())) {
                all.add(b);
            }
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return all;
    }

    /** "... in humanitarian aid to the country", "à ce pays", "al país", "ao país", "an das Land". */
    private static final Pattern COUNTRY_ANAPHOR = Pattern.compile("^\\s*(?:(?:in|of|en|de|d['’]|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?)?"
            + "(?:(?:to|for|à|au|pour|a|al|para|ao|an|für)\\s+(?:the|this|that|ce|le|el|este|ese|o|este|esse|das|dieses)\\s+|(?:au|al|ao)\\s+)(?:country|pays|país|Land)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The country the article names most, twice at least, that gives nothing in this sentence; null if none stands out. */
    String mostNamed(List<Sentence> sentences, List<Party> here) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Sentence s : sentences) {
            for (CountryMention c : gazetteer.find(s.text())) {
                counts.merge(c.iso3(), 1, Integer::sum);
            }
        }
        Set<String> giving = new java.util.HashSet<>();
        for (Party p : here) {
            giving.add(p.code()); // a party of this sentence is its donor or a bystander, not "the country"
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2 && !giving.contains(e.getKey()) && !e.getKey().equals(USA))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * The country an article is about, for aid named in a sentence that names no one to get it: named in
     * three sentences at least and twice as often as any other but the US; none in this sentence but as
     * a place ("para la crisis migratoria en Colombia") or as the amount's giver; null if none stands out.
     */
    private String articleSubject(Map<String, Integer> sentencesNaming, String text, List<Party> here, MoneyMention m) {
        for (Party p : here) {
            if (possesses(text, p, m)) {
                return null; // "Mexico's financing package, including a 7.7 billion dlr loan": the amount is that country's
            }
            if (!p.institution() && !p.government() && !led(text, p, 0, cues.place()) && !givesAsSubject(text, p)) {
                return null; // a country this sentence names in another role: the rules above had their say
            }
        }
        Map<String, Integer> counts = new java.util.HashMap<>(sentencesNaming);
        counts.remove(USA);
        for (Party p : here) {
            if (!led(text, p, 0, cues.place())) {
                counts.remove(p.code()); // the giver is not the one who gets
            }
        }
        List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < ARTICLE_SUBJECT_SENTENCES
                || ranked.size() > 1 && ranked.get(0).getValue() < 2 * ranked.get(1).getValue()) {
            return null;
        }
        return ranked.get(0).getKey();
    }

    /** Per country, how many of the article's sentences name it: read once per article, when first needed. */
    private Map<String, Integer> sentencesNaming(List<Sentence> sentences) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Sentence s : sentences) {
            for (String code : gazetteer.find(s.text()).stream().map(CountryMention::iso3).distinct().toList()) {
                counts.merge(code, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Sentences that must name a country for the article to be about it. */
    private static final int ARTICLE_SUBJECT_SENTENCES = 3;

    /**
     * Whether a party is the subject of a verb of receiving whose object is an amount: "Taipéi obtendría 4.500
     * millones", "Sudan will receive 50 mln dlrs"; not "Canada is seeking evidence that ... 5 billion".
     */
    private boolean receivesAsSubject(String text, Party p, List<MoneyMention> amounts) {
        Matcher receive = cues.receive().matcher(text).region(p.end(), text.length());
        if (!receive.find() || words(text, p.end(), receive.start()) > SUBJECT_REACH || led(text, p, 0, cues.from()) || led(text, p, 0, cues.place())
                || text.substring(p.end(), receive.start()).contains(",")) {
            return false; // "operations in Iraq and Afghanistan, for which the administration is expected to seek": a place, another clause
        }
        int verbEnd = receive.end();
        return amounts.stream().anyMatch(a -> a.start() >= verbEnd && words(text, verbEnd, a.start()) <= OBJECT_REACH);
    }

    /** Words between a verb of receiving and the amount it takes: "obtendría 4.500 millones", "will receive up to". */
    private static final int OBJECT_REACH = 3;

    /** The one donor of every recipient's aid read so far; null when none or several. */
    static String soleDonor(Map<String, String> donors) {
        String sole = null;
        for (String d : donors.values()) {
            if (d.equals(AMBIGUOUS) || sole != null && !sole.equals(d)) {
                return null;
            }
            sole = d;
        }
        return sole;
    }

    /** "Of this, ...", "Darunter ...", "De ese total ...": the sentence breaks down the total before it. */
    private boolean startsBreakdown(String text) {
        Matcher b = cues.breakdown().matcher(text);
        return b.find() && b.start() <= 3;
    }

    /** Amounts without the ones that only restate the amount before in another currency ("3 Milliarden Dollar (rund 2,8 Mrd Euro)"). */
    /** A bare amount and an opening bracket right before a money mention: "200 Millionen (185 Millionen Euro)". */
    private static final Pattern BARE_AMOUNT_THEN_BRACKET = Pattern.compile("\\d[\\d.,]*\\s+\\p{L}+\\.?\\s*\\(\\s*(?:\\p{L}+\\s+){0,2}$");

    List<MoneyMention> withoutConversions(String text, List<MoneyMention> amounts) {
        List<MoneyMention> kept = new ArrayList<>();
        for (int k = 0; k < amounts.size(); k++) {
            MoneyMention m = amounts.get(k);
            int leadStart = Math.max(0, m.start() - 40);
            Matcher bare = BARE_AMOUNT_THEN_BRACKET.matcher(text.substring(leadStart, m.start()));
            if (bare.find() && amounts.stream().noneMatch(a -> a.end() <= m.start() && a.end() > leadStart + bare.start())) {
                continue; // the conversion of an amount whose currency the text left to the reader: not a second amount
            }
            if (k > 0) {
                String between = text.substring(amounts.get(k - 1).end(), m.start());
                if (between.length() <= 40 && cues.conversion().matcher(between).find() && !m.currency().equals(amounts.get(k - 1).currency())) {
                    continue;
                }
            }
            kept.add(m);
        }
        return kept;
    }

    /** A country inside a company's name or description: "Royal Bank of Canada", "Nomura Securities Co Ltd of Japan". */
    private static final Pattern COMPANY_BEFORE = Pattern.compile("(?:\\b(?:Bank|Banque|Banco|Corp\\.?|Corporation|Co\\.?|Ltd\\.?|Inc\\.?|Company|Airways|Airlines|Group|Securities|Motors?)\\s+(?:of|du|de|do)\\s+(?:the\\s+)?)$");
    /** "UK-based bank", "Gibraltar-based Menatep Group": where a company sits, no party to aid. */
    private static final Pattern COMPANY_AFTER = Pattern.compile("^(?:-based|\\s+(?:Airways|Airlines|Bank|Telecom|Petroleum|Steel|Motors?)\\b)");

    /** The last sentence's parties, per thread: the rules ask for them many times over one sentence. */
    private final ThreadLocal<Object[]> lastParties = ThreadLocal.withInitial(() -> new Object[2]);

    /** The countries and institutions a sentence names, left to right. */
    List<Party> parties(String text) {
        Object[] last = lastParties.get();
        if (last[0] == text) {
            @SuppressWarnings("unchecked")
            List<Party> cached = (List<Party>) last[1];
            return cached;
        }
        List<Party> found = readParties(text);
        last[0] = text;
        last[1] = found;
        return found;
    }

    /** A dateline, where the news was written: "LA PAZ, Bolivia —", "NIAMEH dpa |", "CARACAS (EuroEFE).-": a place, no party. */
    private static final Pattern DATELINE = Pattern.compile("^\\s*\\p{Lu}[\\p{Lu}\\s.'-]+(?:,\\s*\\p{Lu}[\\p{L}\\s.'-]{1,30}?)?\\s*(?:\\([^)]{1,30}\\)|dpa|AFP|EFE|Reuters|AP)?\\s*(?:[\u2014\u2013|]|\\.-|-\\s)");

    private List<Party> readParties(String text) {
        List<Party> parties = new ArrayList<>();
        Matcher dateline = DATELINE.matcher(text);
        int placeEnd = dateline.lookingAt() ? dateline.end() : 0;
        for (CountryMention c : gazetteer.find(text)) {
            if (c.end() <= placeEnd) {
                continue;
            }
            if (COMPANY_BEFORE.matcher(text.substring(Math.max(0, c.start() - 40), c.start())).find()
                    || COMPANY_AFTER.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 12))).find()
                    || Aggressors.isAggressor(text, c.start(), c.end())) { // "contre l'invasion russe": the war's background
                continue;
            }
            boolean official = OFFICE_BEFORE.matcher(text.substring(Math.max(0, c.start() - LEAD), c.start())).find()
                    || OFFICE_AFTER.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + LEAD))).lookingAt()
                    || OFFICE_NAMED.matcher(text.substring(c.start(), c.end())).matches();
            parties.add(new Party(c.iso3(), c.start(), c.end(), false, false, official));
        }

        for (Map.Entry<Pattern, String> e : cues.institutions().entrySet()) {
            if (!Prefiltered.of(e.getKey()).mayFind(text)) {
                continue;
            }
            Matcher m = e.getKey().matcher(text);
            while (m.find()) {
                int s = m.start();
                int end = m.end();
                if (parties.stream().noneMatch(p -> p.start() < end && s < p.end())) {
                    parties.add(new Party(e.getValue(), s, end, true));
                }
            }
        }
        boolean usGovernmentMay = Prefiltered.of(cues.usGovernment()).mayFind(text);
        Matcher us = cues.usGovernment().matcher(text);
        while (usGovernmentMay && us.find()) {
            int s = us.start();
            int end = us.end();
            // "US-Außenministerium", "Washington": the government, over the country the gazetteer saw in it
            if (parties.stream().allMatch(p -> !(p.start() < end && s < p.end()) || p.code().equals(USA) && !p.institution())) {
                parties.removeIf(p -> p.start() < end && s < p.end());
                parties.add(new Party(USA, s, end, false, true));
            }
        }
        parties.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(parties);
    }

    /**
     * Whom an amount goes to: a country introduced by "to"/"for"/"à"/"para"/"an" in its segment
     * (after it, then before it), the one that receives or asks, else the one country of the
     * sentence that is no donor of it.
     */
    private Pick recipient(String text, List<Party> parties, MoneyMention m, int segmentStart, int segmentEnd) {
        for (int k = 0; k < parties.size(); k++) {
            Party p = parties.get(k);
            if (!p.institution() && p.start() >= m.end() && p.end() <= segmentEnd && led(text, p, m.end(), cues.to()) && !qualifiesOther(text, p)) {
                // "will go to El Salvador, Honduras, Guatemala and Costa Rica": shared by several, no one recipient
                boolean shared = k + 1 < parties.size() && !parties.get(k + 1).institution()
                        && SHARED_LEAD.matcher(text.substring(p.end(), Math.max(p.end(), parties.get(k + 1).start()))).matches();
                return shared ? null : Pick.strong(p.code());
            }
        }
        for (Party p : parties) {
            // "$52 million in Iraq" in a breakdown by country
            if (!p.institution() && p.start() >= m.end() && p.end() <= segmentEnd && IN_RIGHT_AFTER.matcher(text.substring(m.end(), p.start())).matches()
                    && !aidRightAfter(text, p)) { // "$7.2 million in U.S. aid": the donor's adjective
                return Pick.strong(p.code());
            }
        }
        Party listed = listedBefore(text, parties, m, segmentStart);
        if (listed != null) {
            return Pick.strong(listed.code()); // "Syrien erhält 20 Millionen Euro und Libanon 13 Millionen Euro": each its own amount
        }
        for (int k = parties.size() - 1; k >= 0; k--) {
            Party p = parties.get(k);
            if (!p.institution() && p.end() <= m.start() && p.start() >= segmentStart && led(text, p, segmentStart, cues.to()) && !qualifiesOther(text, p)
                    // "50 Millionen Euro an Gaza …, Syrien erhält 20 Millionen": a country that receives stands between them
                    && !cues.receive().matcher(text.substring(p.end(), m.start())).find()) {
                return Pick.strong(p.code());
            }
        }
        for (Party p : parties) {
            // "pledged Kyiv $2 billion", "to give Israel $38 billion": the country right after a verb of giving, the amount just after it
            // German puts the subject right after the finite verb ("stellt die deutsche Regierung Kolumbien 327 Millionen
            // Euro zur Verfügung"): there the one given to is the country after the subject
            if (!p.institution() && p.end() <= m.start() && p.start() >= segmentStart && words(text, p.end(), m.start()) <= DATIVE_REACH
                    && ("de".equals(lang) ? givenToAfterGermanSubject(text, p) || articled(text, p) && rightAfterGiving(text, p) : rightAfterGiving(text, p))) {
                return Pick.strong(p.code());
            }
            // "haben die Ukraine mit über 88 Milliarden Euro unterstützt", "supported Kyiv with $2 billion"
            if (!p.institution() && p.end() <= m.start() && p.start() >= segmentStart && WITH_AMOUNT.matcher(text.substring(p.end(), m.start())).matches()
                    && cues.give().matcher(text).find()) {
                return Pick.strong(p.code());
            }
            // "Somalia (€36.5 million), Ethiopia (€31 million)": each country its own amount
            if (!p.institution() && p.end() <= m.start() && text.substring(p.end(), m.start()).matches("\\s*\\(\\s*")
                    && !led(text, p, 0, cues.from()) && !sharesLead(text, parties, p)) {
                return Pick.strong(p.code());
            }
        }
        for (Party p : parties) {
            // "la capacidad logística de las fuerzas armadas bolivianas", "la police nationale haïtienne": the forces of a country
            // (not English: "to the Philippine military" is read by its preposition, and "U.S. military" is mostly the giver's)
            if (p.start() >= segmentStart && p.end() <= segmentEnd && forcesOf(text, p)) {
                return Pick.strong(p.code());
            }
        }
        for (Party p : parties) {
            // "pour aider l'Ukraine", "para apoyar a Colombia", "to help Jordan": the one helped
            // (not "de ajuda brasileira", "l'aide française": a lower-case adjective right after the noun is the giver's)
            if (!p.institution() && p.start() >= segmentStart && p.end() <= segmentEnd
                    && HELPED.matcher(text.substring(Math.max(0, p.start() - LEAD), p.start())).find()
                    && !Character.isLowerCase(text.charAt(p.start()))) {
                return Pick.strong(p.code());
            }
        }
        for (Party p : parties) {
            // "Japan concluded two development assistance agreements with the Philippines, worth ¥31.1 billion", "Le Japon a conclu
            // avec les Philippines un accord d'assistance de 1,6 milliard de yens": the partner of a giver's aid agreement gets it
            if (!p.institution() && p.start() >= segmentStart && p.end() <= m.start() && partnerOfAid(text, p) && !sharesLead(text, parties, p)
                    // "South Korea signed with Japan for a credit, part of an aid package for South Korea": the other one gets it
                    && parties.stream().noneMatch(o -> !o.code().equals(p.code()) && led(text, o, 0, cues.to()))
                    && parties.stream().anyMatch(q -> q.start() < p.start() && !q.code().equals(p.code())
                    && (AGREES.matcher(text).find() || q.institution() || givesAsSubject(text, q)))) {
                return Pick.strong(p.code());
            }
        }
        for (Party p : parties) {
            // "RDC : l'Union européenne accorde 9 millions d'euros", "Haiti: US pledges $100 million": the country a headline is about
            if (!p.institution() && p.start() == 0 && TOPIC_MARK.matcher(text.substring(p.end())).lookingAt()) {
                return Pick.strong(p.code());
            }
        }
        // "..., while Egypt would go on getting its yearly $2.1 billion": who receives, nearest the amount first
        Matcher receive = cues.receive().matcher(text).region(segmentStart, segmentEnd);
        List<Integer> receiving = new ArrayList<>();
        while (receive.find()) {
            receiving.add(receive.start());
        }
        // "Israel would stay the biggest recipient ..., with $3 billion ..., while Egypt would go on getting ...": the cue
        // before the amount, nearest first, then those after it
        receiving.sort((a, b) -> Integer.compare(a < m.start() ? m.start() - a : (1 << 20) + a, b < m.start() ? m.start() - b : (1 << 20) + b));
        for (int at : receiving) {
            for (int k = parties.size() - 1; k >= 0; k--) {
                Party p = parties.get(k);
                if (!p.institution() && p.end() <= at && p.start() >= segmentStart && words(text, p.end(), at) <= SUBJECT_REACH
                        && !led(text, p, 0, cues.from()) && !led(text, p, 0, cues.place())
                        && (!qualifiesOther(text, p) || text.substring(p.end(), at).isBlank())) { // "a Philippine request": the one who asks
                    // "the administration had asked for 350 mln dlrs", "Reagan would seek 2.5 billion dlrs": a government asking for its own budget
                    return p.government() ? null : Pick.strong(p.code());
                }
            }
        }
        if ("de".equals(lang)) {
            for (Party p : parties) {
                if (!p.institution() && dativeDe(text, p) && cues.give().matcher(text).find()) {
                    return Pick.strong(p.code());
                }
            }
        }
        String only = null;
        for (Party p : parties) {
            if (p.institution() || p.code().equals(USA) || OFFICE_NAMED.matcher(text.substring(p.start(), p.end())).matches() || led(text, p, 0, cues.from()) || givesAsSubject(text, p) || possesses(text, p, m)
                    // "el Gobierno alemán había planeado un paquete de ... millones": a government named before the amount, with no
                    // word of receiving, acts; it does not receive ("would reach the rebels fighting the Managua government" is after it)
                    || (p.government() || p.official()) && p.end() <= m.start()
                    || !"en".equals(lang) && !"de".equals(lang) && aidWordRightBefore(text, p)
                    || "en".equals(lang) && aidRightAfter(text, p)
                    // German writes the adjective lower case ("der deutschen Militärhilfe"); "Argentinien Militärhilfe gewähren" is an object
                    || "de".equals(lang) && Character.isLowerCase(text.charAt(p.start())) && aidRightAfter(text, p)) {
                continue; // "der deutschen Militärhilfe", "l'aide militaire française": the aid's own adjective is its giver
            }
            if (only != null && !only.equals(p.code())) {
                return null;
            }
            only = p.code();
        }
        return only == null ? null : Pick.weak(only);
    }

    /**
     * Who gives an amount, only where the text states it: the one aid comes from ("from Japan"), the
     * aid's own adjective or genitive ("US aid", "Japan's loans", "ayuda militar estadounidense"),
     * the subject of a verb of giving ("Japan will lend ...", "L'UE a débloqué ..."), an institution
     * that gives, or the US government by its branches.
     */
    private Pick donor(String text, List<Party> parties, String recipient, MoneyMention m) {
        for (int k = 0; k < parties.size(); k++) {
            Party p = parties.get(k);
            if (!p.code().equals(recipient) && led(text, p, 0, cues.from())
                    && !FROM_PLACE.matcher(text.substring(Math.max(0, p.start() - LEAD), p.start())).find()) {
                // "from Japan and the World Bank": two givers of one amount, neither is its donor
                boolean shared = k + 1 < parties.size() && SHARED.matcher(text.substring(p.end(), Math.max(p.end(), parties.get(k + 1).start()))).matches();
                return shared ? null : Pick.strong(p.code());
            }
        }
        for (Party p : parties) {
            if (!p.code().equals(recipient) && possesses(text, p, m)) {
                return Pick.strong(p.code()); // "the UK's additional 10 million pounds"
            }
        }
        Matcher aid = cues.aid().matcher(text);
        while (aid.find()) {
            for (Party p : parties) {
                if (p.code().equals(recipient)) {
                    continue;
                }
                boolean before = p.end() <= aid.start() && words(text, p.end(), aid.start()) <= ADJECTIVE_REACH
                        && !led(text, p, 0, cues.to()) && !led(text, p, 0, cues.place()); // "rubricado em Maputo prevê um financiamento": where, not who
                boolean after = p.start() >= aid.end() && words(text, aid.end(), p.start()) <= ADJECTIVE_REACH
                        && !led(text, p, aid.end(), cues.to()) && !"en".equals(lang) && !"de".equals(lang);
                if (before || after) {
                    return Pick.strong(p.code());
                }
            }
        }
        for (Party p : parties) {
            if (!p.code().equals(recipient) && givesAsSubject(text, p)) {
                return Pick.strong(p.code());
            }
        }
        Party first = parties.stream().filter(p -> !led(text, p, 0, cues.place())).findFirst().orElse(null);
        if (first != null && !first.code().equals(recipient) && AGREES.matcher(text).find()
                && parties.stream().noneMatch(o -> o.code().equals(first.code()) && led(text, o, 0, cues.to()))
                && parties.stream().anyMatch(r -> r.code().equals(recipient) && r.start() > first.end() && partnerOfAid(text, r))) {
            return Pick.strong(first.code()); // "The Japanese Embassy ... concluded two development assistance agreements with the Philippines"
        }
        for (Party p : parties) {
            if (p.institution() && p.start() < m.start()) {
                return Pick.weak(p.code()); // named before the amount, but not said to give it
            }
        }
        // a state named by its government or a minister, or a leader named alone ("Starmer avait déjà promis de verser ..."), who asks for nothing
        List<String> officials = java.util.stream.Stream.concat(
                        parties.stream().filter(p -> p.official() && !asks(text, p.end())).map(Party::code),
                        Leaders.find(text).stream().filter(l -> !asks(text, l.end())).map(Leaders.Named::iso3))
                .filter(code -> !code.equals(recipient)).distinct().toList();
        if (officials.size() == 1) {
            return Pick.strong(officials.get(0)); // "le gouvernement suédois a décidé de relever ... son aide humanitaire à la Syrie"
        }
        if (!USA.equals(recipient) && parties.stream().anyMatch(p -> p.code().equals(USA))) {
            // Congress, the State Department, the Pentagon: a branch of government that deals in aid, not a mere mention of the country
            return parties.stream().anyMatch(Party::government) ? Pick.strong(USA) : Pick.weak(USA);
        }
        return null;
    }

    /** A noun right before "der"/"des": a genitive ("Kritikpunkte der USA"), not a dative object. */
    private static final Pattern GENITIVE_DE = Pattern.compile("[^.;:!?\\s]\\s+(\\p{Lu}\\p{Ll}[\\p{L}-]*)\\s+(?:der|des)\\s+$");

    /** The country is the one given to: "der Ukraine" as a German dative object, or right after a verb of giving ("pledged Kyiv"). */
    private boolean objectOfGiving(String text, Party p) {
        Matcher with = WITH_AMOUNT.matcher(text).region(p.end(), text.length());
        if (with.lookingAt() && with.end() < text.length() && MONEY_START.matcher(text.substring(with.end(), Math.min(text.length(), with.end() + 4))).lookingAt()) {
            return true;
        }
        return "de".equals(lang) ? dativeDe(text, p) : rightAfterGiving(text, p);
    }

    /** "pledged Kyiv $2 billion", "to give Israel $38 billion": a verb of giving right before the country. */
    private boolean rightAfterGiving(String text, Party p) {
        String lead = text.substring(Math.max(0, p.start() - 25), p.start());
        Matcher give = cues.give().matcher(lead);
        boolean right = false;
        while (give.find()) {
            right = words(lead, give.end(), lead.length()) <= 1;
        }
        return right;
    }

    /** "der Ukraine", "dem Irak": the gazetteer's German name with its article (a dative or genitive, never a subject). */
    private static boolean articled(String text, Party p) {
        return text.startsWith("der ", p.start()) || text.startsWith("dem ", p.start());
    }

    /** A capitalised country after the subject of a German main clause, before the verb of giving: its dative object. */
    private boolean givenToAfterGermanSubject(String text, Party p) {
        if (!Character.isUpperCase(text.charAt(p.start())) || germanV2Subject(text, p)) {
            return false;
        }
        return Boolean.FALSE.equals(germanSubject(text, p))
                // the finite verb of giving first, its subject, then this country: "stellt die deutsche Regierung Kolumbien ..."
                || parties(text).stream().anyMatch(q -> q.end() <= p.start() && !q.code().equals(p.code()) && rightAfterGiving(text, q)
                        && words(text, q.end(), p.start()) <= 1); // "die deutsche Regierung": the demonym, then its noun
    }

    /** "Deutschland hat der Ukraine ... zugesagt": a dative object, not the genitive of a noun ("Kritikpunkte der USA"). */
    private boolean dativeDe(String text, Party p) {
        boolean article = text.substring(Math.max(0, p.start() - 5), p.start()).matches("(?s).*\\b(?:der|dem)\\s+$")
                || articled(text, p); // the gazetteer knows "der Ukraine"
        return article && p.start() > 0 && !genitiveDe(text, p);
    }

    /**
     * A country gives by a verb it is the subject of, and another country is named that is no
     * mere place: "China will allocate 50 million yuan ... between the two countries" does not
     * count, "Washington has pledged Kyiv $2 billion" does.
     */
    boolean aidCue(String text) {
        return aidWord.find(text) || aidLexiconWord.find(text);
    }

    private boolean givenBySubject(String text, List<Party> named) {
        for (Party giver : named) {
            if (!givesAsSubject(text, giver)) {
                continue;
            }
            for (Party other : named) {
                if (!other.institution() && !other.code().equals(giver.code()) && !led(text, other, 0, cues.place())
                        && !led(text, other, 0, cues.from())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Premierministerin Liz Truss der Ukraine": two capitalised words in a row before "der", the first no article's noun, are a person's name. */
    private static final Pattern FIRST_AND_LAST_NAME = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)\\s+(\\p{Lu}\\p{Ll}[\\p{L}-]*)\\s+(?:der|des)\\s+$");

    private static boolean namedPerson(String lead) {
        Matcher name = FIRST_AND_LAST_NAME.matcher(lead);
        if (!name.find()) {
            return false;
        }
        String before = lead.substring(0, name.start()).stripTrailing();
        // "die Kritikpunkte Washingtons der ...": a noun after an article is no first name; a title before it is ("Premierministerin Liz")
        return !before.matches("(?s).*\\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|eines)$");
    }

    private boolean genitiveDe(String text, Party p) {
        String lead = text.substring(Math.max(0, p.start() - 40), p.start());
        String own = text.substring(p.start(), p.end());
        if (own.startsWith("der ") || own.startsWith("des ")) {
            lead = lead + own.substring(0, 4); // the gazetteer took the article with the name
        }
        Matcher g = GENITIVE_DE.matcher(lead);
        // "Deutschland der Ukraine": a subject and its dative object, not a genitive
        // "Kamikawa der Ukraine": a person named before the dative is the subject too
        return g.find() && gazetteer.find(g.group(1)).isEmpty() && Leaders.find(g.group(1)).isEmpty() && !namedPerson(lead);
    }
    /** What stands between a country and the amount it is supported with: "mit über", "with", "con", "com", "avec", "à hauteur de". */
    private static final Pattern WITH_AMOUNT = Pattern.compile("\\s*(?:with|mit|con|com|avec|à\\s+hauteur\\s+de)\\s+(?:(?:über|rund|knapp|fast|insgesamt|umgerechnet|more\\s+than|over|upwards\\s+of|about|some|plus\\s+de|près\\s+de|más\\s+de|cerca\\s+de|mais\\s+de|quase)\\s+)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONEY_START = Pattern.compile("(?:US)?[$€£¥]|\\d");
    private static final Pattern EXAMPLE_OF = Pattern.compile("\\b(?:such\\s+as|including|like|tels?\\s+que|comme|como|wie|etwa)\\s+(?:the\\s+|la\\s+|le\\s+|l['’]|el\\s+|o\\s+|a\\s+|die\\s+|der\\s+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Lenders or donors named only as a kind: "from multilateral organisations and foreign governments". */
    private static final Pattern UNNAMED_SOURCES = Pattern.compile("\\b(?:from|de|des|von|da|do|del)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:governments|organi[sz]ations|banks|donors|creditors|lenders|"
            + "countries|institutions|agencies|gouvernements|banques|donateurs|bailleurs|créanciers|gobiernos|organismos|bancos|donantes|acreedores|governos|"
            + "doadores|credores|Regierungen|Banken|Geber\\p{L}*|Gläubiger\\p{L}*)\\b"
            // "bilateral sources expected to provide 189.9 mln dlrs": givers named only as a kind
            + "|\\b(?:bilateral|multilateral|other|foreign)\\s+(?:sources|donors|lenders|creditors)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern IN_RIGHT_AFTER = Pattern.compile("\\s+(?:in|en|em|im|no|na)\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    /**
     * A verb that hands a share of money to someone, in an article that has read aid: "52 millions de dollars iront au
     * Liberia", "Demnach gehen 50 Millionen Euro an Gaza", "caberá à Síria", "corresponderán a Haití", "will go to Jordan".
     */
    private static final Pattern SHARE = Pattern.compile("\\b(?:(?:will\\s+)?go(?:es)?\\s+to|went\\s+to|ir(?:a|ont)\\s+(?:à|au|aux)|va(?:nt)?\\s+(?:à|au|aux)|"
            + "revien(?:dra|dront|t|nent)\\s+(?:à|au|aux)|ir(?:á|án)\\s+(?:a|al|para)|van?\\s+(?:a|al|para)|correspond(?:e|en|erá|erán)\\s+(?:a|al)|"
            + "ir(?:á|ão)\\s+para|vão\\s+para|cab(?:e|em|erá|erão)\\s+(?:a|à|ao)|fica(?:m|rá|rão)?\\s+com|"
            + "geh(?:en|t)\\s+(?:an|nach)|ging(?:en)?\\s+(?:an|nach)|fließ(?:en|t)\\s+(?:an|nach)|entf(?:allen|ällt)\\s+auf)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "to Guinea, to Liberia and to Sierra Leone", "an Gaza und das Westjordanland": one lead shared by several, each with its own preposition or article. */
    private static final Pattern SHARED_LEAD = Pattern.compile("\\s*(?:,\\s*(?:and|et|y|e|und|sowie)?|and|et|y|e|und|sowie)\\s*"
            + "(?:(?:to|for|à|au|aux|a|al|para|ao|à|an|für|the|la|le|les|el|los|las|o|os|as|die|der|das|den)\\s+|l['’]\\s*){0,2}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern SHARED = Pattern.compile("\\s*(?:,|and|et|y|e|und|sowie)\\s*(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern GENITIVE = Pattern.compile("^\\s*['’]s\\b");

    /** "the UK's additional 10 million pounds", "Japan's yen loans": the amount, or its aid, is the party's. */
    boolean possesses(String text, Party p, MoneyMention m) {
        if (!GENITIVE.matcher(text.substring(p.end(), Math.min(text.length(), p.end() + 3))).find()) {
            return false;
        }
        int after = p.end() + 2;
        Matcher aid = cues.aid().matcher(text).region(after, text.length());
        boolean aidNext = aid.find() && words(text, after, aid.start()) <= ADJECTIVE_REACH;
        return aidNext || m.start() >= after && words(text, after, m.start()) <= ADJECTIVE_REACH + 1;
    }

    /** Whether the party is a later member of a list whose first member is led by "from": "from Sri Lanka (...) and West Germany (...)". */
    private boolean sharesLead(String text, List<Party> parties, Party p) {
        for (Party q : parties) {
            if (q.start() < p.start() && led(text, q, 0, cues.from()) && text.substring(q.end(), p.start()).matches("(?s)[^;:]{0,40}?\\b(?:and|et|y|e|und)\\s+(?:the\\s+)?")) {
                return true;
            }
        }
        return false;
    }

    /** A country's adjective before a noun that is no one to give to: "reacting to Canadian concerns", "to Colombian exports". */
    private static final Pattern ADJECTIVE_OF_OTHER = Pattern.compile("^\\s+(?!(?:government|people|army|forces|troops|military|police|navy|authorities|soldiers|"
            + "rebels|contras|refugees|victims|farmers|brigades|units|officials|security|armed|air|coast|border|civilians|population|economy|budget|"
            + "gouvernement|armée|forces|troupes|police|autorités|gobierno|ejército|fuerzas|tropas|policía|autoridades|governo|exército|forças|polícia|"
            + "Regierung|Armee|Streitkräfte|Truppen|Polizei)\\b)\\p{Ll}");

    /** Words that follow a country's name, not its adjective: "to Colombia in fiscal 2003", "to Egypt this year". */
    private static final Pattern AFTER_A_NAME = Pattern.compile("^\\s+(?:in|on|at|for|to|and|or|with|by|from|of|over|under|this|next|last|as|which|that|who|whose|is|are|was|were|will|would|"
            + "has|had|have|into|after|before|during|since|until|plus|while|where|when|each|every|per|than|but|so|also|too|alone|only|itself|"
            + "en|et|de|du|des|pour|par|avec|dans|sur|y|e|o|con|por|para|em|und|mit|für|von|im|in)\\b");

    private boolean qualifiesOther(String text, Party p) {
        if (!"en".equals(lang)) {
            // Only English puts a country's name before the noun it qualifies ("a Philippine request"); elsewhere a
            // lower-case word after it is its verb or its own adjective: "au Sénégal représente", "Colombia recibirá"
            return false;
        }
        String after = text.substring(p.end(), Math.min(text.length(), p.end() + 20));
        return ADJECTIVE_OF_OTHER.matcher(after).lookingAt() && !AFTER_A_NAME.matcher(after).lookingAt();
    }

    /** "U.S. aid", "US military assistance": an aid word within two words after the party. */
    private boolean aidRightAfter(String text, Party p) {
        Matcher aid = cues.aid().matcher(text).region(p.end(), text.length());
        return aid.find() && words(text, p.end(), aid.start()) <= ADJECTIVE_REACH;
    }

    /** A verb of asking or receiving soon after: "the Philippine government has asked to buy", "el gobierno colombiano solicitó". */
    private boolean asks(String text, int from) {
        Matcher receive = cues.receive().matcher(text).region(from, text.length());
        return receive.find() && words(text, from, receive.start()) <= SUBJECT_REACH;
    }

    /** "l'aide militaire française", "la ayuda estadounidense": an aid word within two words before the party, which no preposition leads. */
    private boolean aidWordRightBefore(String text, Party p) {
        int from = Math.max(0, p.start() - LEAD);
        Matcher aid = cues.aid().matcher(text).region(from, p.start());
        int end = -1;
        while (aid.find()) {
            end = aid.end();
        }
        if (end < 0 || led(text, p, 0, cues.to()) || led(text, p, 0, cues.place())) {
            return false;
        }
        String between = text.substring(end, p.start());
        // "l'aide militaire française", "la ayuda financiera y humanitaria española": the adjective, lower case, after the aid's own adjectives
        boolean adjective = Character.isLowerCase(text.charAt(p.start())) && AID_ADJECTIVES.matcher(between).matches();
        // "la ayuda de España", "a ajuda de Portugal", "l'aide de la France": the aid's genitive
        boolean genitive = AID_GENITIVE.matcher(between).matches();
        return adjective || genitive;
    }

    /** Up to three lower-case words, with "y/et/e": the aid's own adjectives before the donor's. */
    private static final Pattern AID_ADJECTIVES = Pattern.compile("(?:\\s+(?:\\p{Ll}[\\p{Ll}-]*)){0,3}\\s+");
    private static final Pattern AID_GENITIVE = Pattern.compile("(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,2}\\s+(?:de|do|da|of)\\s+(?:la\\s+|l['’]\\s*)?",
            Pattern.UNICODE_CASE);

    /** Whether aid is spoken of in the sentences right after (a headline's body). */
    private boolean aidNear(List<Sentence> sentences, int i) {
        for (int k = i + 1; k <= Math.min(sentences.size() - 1, i + 2); k++) {
            if (cues.aid().matcher(sentences.get(k).text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a party is the subject of a verb of giving: the verb follows it within a few words, nothing else named between. */
    boolean givesAsSubject(String text, Party p) {
        if (led(text, p, 0, cues.place())) {
            return false; // "O entendimento rubricado em Maputo prevê um financiamento": where it was signed, not who gives
        }
        if ("de".equals(lang)) {
            Boolean v2 = germanSubject(text, p);
            if (v2 != null) {
                return v2;
            }
        }
        Matcher give = cues.give().matcher(text).region(p.end(), text.length());
        // German puts the participle last: "Deutschland hat der Ukraine im Jahr 2024 Militärhilfe in Höhe von 7,1 Mrd. Euro zugesagt"
        if (!give.find() || words(text, p.end(), give.start()) > ("de".equals(lang) ? GERMAN_SUBJECT_REACH : SUBJECT_REACH)) {
            return false;
        }
        // "when Russian forces annexed Crimea, Washington has pledged ...": a party of a later clause is the subject
        int verb = give.start();
        if (PASSIVE.matcher(text.substring(Math.max(p.end(), verb - 30), verb)).find() && !text.startsWith("ing", wordEnd(text, verb) - 3)) {
            return false; // "Senegal was given a 5.5 mln dlrs loan": the one who gets it
        }
        int boundary = -1;
        Matcher clause = CLAUSE_OR_CONTRAST.matcher(text).region(p.end(), verb);
        while (clause.find()) {
            boundary = clause.end();
        }
        int after = boundary;
        if (after >= 0 && parties(text).stream().anyMatch(o -> o.start() >= after && o.end() <= verb && !o.code().equals(p.code()))) {
            return false;
        }
        String lead = text.substring(Math.max(0, p.start() - LEAD), p.start());
        return !cues.to().matcher(lead).find() || !endsWith(cues.to(), lead);
    }

    /** The forces or defence of a country, its adjective after them: "fuerzas armadas bolivianas", "l'armée malienne", "la defensa ucraniana". */
    private static final Pattern FORCES_BEFORE = Pattern.compile("\\b(?:armée|forces(?:\\s+armées)?|police(?:\\s+nationale)?|gendarmerie|défense|ejército|fuerzas(?:\\s+armadas)?|policía(?:\\s+nacional)?|"
            + "defensa|capacidades|exército|forças(?:\\s+armadas)?|polícia(?:\\s+nacional)?|defesa|capacités)\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The forces with the country's name after them: "l'armée du Cameroun", "las Fuerzas Armadas de Ecuador". */
    private static final Pattern FORCES_OF_BEFORE = Pattern.compile("\\b(?:armée|forces\\s+armées|police\\s+nationale|gendarmerie|ejército|fuerzas\\s+armadas|policía\\s+nacional|"
            + "exército|forças\\s+armadas|polícia\\s+nacional)\\s+(?:du|de\\s+la|de\\s+l['’]\\s*|des|de|del|da|do|das|dos)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The same where the adjective comes first: "the Ukrainian army", "die ukrainischen Streitkräfte". */
    private static final Pattern FORCES_AFTER = Pattern.compile("^\\s+(?:Armee|Streitkräfte\\p{L}*|Truppen|Polizei|Sicherheitskräfte\\p{L}*)\\b",
            Pattern.UNICODE_CASE);

    /**
     * A country named by its forces ("la capacidad logística de las fuerzas armadas bolivianas", "la police nationale
     * haïtienne", "den jordanischen Streitkräften"), not as their giver. Not English: "to the Philippine military" is read
     * by its preposition, and "U.S. military" is mostly the giver's.
     */
    boolean forcesOf(String text, Party p) {
        if ("en".equals(lang) || p.institution() || p.official()
                || givesAsSubject(text, p)) { // "wird Deutschland Armee, Polizei ... unterstützen": the giver, before the forces it supports
            return false;
        }
        String lead = text.substring(Math.max(0, p.start() - LEAD), p.start());
        if ("de".equals(lang)) {
            return !led(text, p, 0, cues.from()) && FORCES_AFTER.matcher(text.substring(p.end(), Math.min(text.length(), p.end() + LEAD))).lookingAt();
        }
        // "l'armée du Cameroun": the forces' genitive, though "du" elsewhere names a giver ("l'aide du Japon")
        return FORCES_OF_BEFORE.matcher(lead).find()
                || !led(text, p, 0, cues.from()) && Character.isLowerCase(text.charAt(p.start())) && FORCES_BEFORE.matcher(lead).find();
    }

    /** A colon or dash right after a headline's first word, the country the rest is about: "RDC : ...", "Haiti – ...". */
    private static final Pattern TOPIC_MARK = Pattern.compile("\\s*[:\\u2013\\u2014]\\s");

    /** Money put into a fund, which the guidelines count as no country's aid, even where the fund serves one country. */
    private static final Pattern FUND_TARGET = Pattern.compile("\\b(?:in|into|to|an|au|à|al|ao|para)\\s+(?:einen|einem|den|dem|the|its|le|la|un|el|o|um|a)?\\s*"
            + "(?:[\\p{L}-]+\\s+){0,3}?\\p{L}*(?:fonds|fund|fondo|fundo)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PAID_IN = Pattern.compile("\\b(?:eingezahlt|einzahl\\p{L}*|zahlt\\p{L}*\\s+ein|paid|pays|pay|contribu\\p{L}*|vers(?:é|ée|és|ées|era|ent|e)|"
            + "aport\\p{L}*|deposit\\p{L}*)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The party right after "with" ("avec", "con", "com", "mit") in a sentence of aid: the partner of an aid agreement. */
    private boolean partnerOfAid(String text, Party p) {
        return endsWith(WITH_PARTNER, text.substring(Math.max(0, p.start() - LEAD), p.start())) && cues.aidProper().matcher(text).find();
    }

    /** "with the Philippines", "avec les Philippines", "con Honduras", "com Moçambique", "mit Jordanien": a partner. */
    private static final Pattern WITH_PARTNER = Pattern.compile("\\b(?:with|avec|con|com|mit)\\s+(?:the\\s+|les\\s+|la\\s+|le\\s+|l['’]\\s*|el\\s+|o\\s+|a\\s+|os\\s+|as\\s+|dem\\s+|der\\s+|den\\s+)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Verbs of concluding an agreement, whose partner the giver's aid goes to. */
    private static final Pattern AGREES = Pattern.compile("\\b(?:conclu\\p{L}*|sign\\p{L}*|firm\\p{L}*|assin\\p{L}*|unterzeichn\\p{L}*|rubric\\p{L}*|agreements?|accords?|acuerdos?|acordos?|convenios?|convênios?|Abkommen|Vereinbarung\\p{L}*)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A verb of helping right before its object, the one helped. */
    private static final Pattern HELPED = Pattern.compile("\\b(?:help(?:s|ed|ing)?|assist(?:s|ed|ing)?|support(?:s|ed|ing)?|aider|aide|aidera|aideront|aidant|soutenir|soutient|"
            + "appuyer|épauler|ayudar|ayuda|ayudará|apoyar|apoya|apoyará|respaldar|ajudar|ajuda|ajudará|apoiar|apoia|apoiará)\\s+(?:(?:a|à)\\s+)?"
            + "(?:l['’]\\s*|la\\s+|le\\s+|les\\s+|el\\s+|los\\s+|las\\s+|o\\s+|a\\s+|os\\s+|as\\s+|the\\s+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A finite verb or auxiliary right before a German subject: "wird Deutschland", "wollen die Vereinigten Staaten". */
    private static final Pattern GERMAN_FINITE_BEFORE = Pattern.compile("\\b(?:wird|werden|will|wollen|soll|sollen|hat|haben|hatte|hatten|kann|können|"
            + "möchte|möchten|plant|planen|plante|planten|muss|müssen|dürfte|dürften|würde|würden)\\s+(?:die\\s+|der\\s+|das\\s+)?$");
    /** What a German subject and the object after it may have between them: no end of clause, no conjunction of a new one. */
    private static final Pattern GERMAN_SAME_CLAUSE = Pattern.compile("[^;:.!?]*");

    /**
     * German word order, where "the one named first gives" is the rule: a country right after the finite verb of a main
     * clause ("Im kommenden Jahr wird Deutschland Armee ... des Niger ... unterstützen", "wollen die Vereinigten Staaten
     * Argentinien Militärhilfe gewähren") is its subject, and a country after it, before the verb of giving at the end,
     * is its object. Null where the order says nothing, so the usual reading decides.
     */
    private Boolean germanSubject(String text, Party p) {
        if (Character.isLowerCase(text.charAt(p.start())) && !text.startsWith("der ", p.start()) && !text.startsWith("die ", p.start())
                && !text.startsWith("den ", p.start()) && !text.startsWith("dem ", p.start())) {
            return false; // "des russischen Angriffskrieges": an adjective is nobody's subject
        }
        if (!cues.give().matcher(text).region(p.end(), text.length()).find()) {
            return null;
        }
        if (germanV2Subject(text, p)) {
            return true;
        }
        for (Party q : parties(text)) {
            if (q.start() >= p.end() && !q.code().equals(p.code()) && germanV2Subject(text, q) && words(text, p.end(), q.start()) <= 2) {
                return false; // "... im Bürgerkriegsland Jemen hat Deutschland Hilfen zugesagt": the subject is right after the finite verb
            }
        }
        for (Party q : parties(text)) {
            if (q.end() <= p.start() && !q.code().equals(p.code()) && germanV2Subject(text, q)
                    && GERMAN_SAME_CLAUSE.matcher(text.substring(q.end(), p.start())).matches()
                    && words(text, q.end(), p.start()) <= GERMAN_SUBJECT_REACH) {
                return false; // the subject came first: this one is given to
            }
        }
        return null;
    }

    private boolean germanV2Subject(String text, Party p) {
        String lead = text.substring(Math.max(0, p.start() - LEAD), p.start());
        if (text.substring(p.start(), p.end()).matches("(?s)(?:der|dem|den)\\s.*")) {
            return false; // "der Ukraine": a dative
        }
        // "Berlin hat beschlossen, ...": first in the sentence, its verb right after (German writes nouns capitalised, verbs not)
        boolean first = p.start() <= LEAD && GERMAN_SENTENCE_START.matcher(text.substring(0, p.start())).matches()
                && GERMAN_VERB_AFTER.matcher(text.substring(p.end(), Math.min(text.length(), p.end() + LEAD))).lookingAt();
        return first || GERMAN_FINITE_BEFORE.matcher(lead).find() && !subjectFirst(text, p);
    }

    /**
     * "Die EU will Moldawien 50 Millionen Euro überweisen": another party opens the sentence and the finite verb
     * follows it, so the country after that verb is its object, not its subject.
     */
    private boolean subjectFirst(String text, Party p) {
        for (Party q : parties(text)) {
            if (q.end() <= p.start() && !q.code().equals(p.code()) && GERMAN_SENTENCE_START.matcher(text.substring(0, q.start())).matches()
                    && GERMAN_FINITE_RIGHT_AFTER.matcher(text.substring(q.end(), p.start())).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern GERMAN_FINITE_RIGHT_AFTER = Pattern.compile("\\s+(?:wird|will|soll|hat|hatte|kann|möchte|plant|plante|muss|dürfte|würde)\\s+");

    private static final Pattern GERMAN_SENTENCE_START = Pattern.compile("\\s*(?:(?:Die|Der|Das)\\s+)?");
    private static final Pattern GERMAN_VERB_AFTER = Pattern.compile("\\s+\\p{Ll}");

    private static boolean endsWith(Pattern pattern, String lead) {
        Matcher m = pattern.matcher(lead);
        while (m.find()) {
            if (m.end() == lead.length()) {
                return true;
            }
        }
        return false;
    }

    /** "... of aid to [Peru]": a preposition ends right at the party, read from {@code floor} on. */
    boolean led(String text, Party p, int floor, Pattern preposition) {
        String lead = text.substring(Math.max(floor, p.start() - LEAD), p.start());
        return endsWith(preposition, lead);
    }

    /** Where the word that starts at {@code at} ends. */
    private static int wordEnd(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int words(String text, int from, int to) {
        if (to <= from) {
            return 0;
        }
        Matcher w = WORD.matcher(text).region(from, to);
        int n = 0;
        while (w.find()) {
            n++;
        }
        return n;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static final Pattern PROJECT_COST = Pattern.compile("^\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:project|projet|proyecto|projeto|Projekt)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OWN_BUDGET = Pattern.compile("^\\s*(?:[\\p{L}-]+\\s+)?(?:budget|Haushalt\\p{L}*|presupuesto|orçamento)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "at over 30 mln marks less than West German yards", "2 Milliarden mehr als": a difference, not money given. */
    private static final Pattern DIFFERENCE = Pattern.compile("^\\s*(?:less|more|cheaper|higher|lower|moins|plus|menos|más|mais|weniger|mehr)\\s+(?:than|que|qu['’]|als)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "vai comprar cinco aviões ... à fabricante brasileira Embraer, por 827 milhões de euros": the price of a purchase. */
    private static final Pattern PRICE_LEAD = Pattern.compile("\\b(?:for|por|pour|für|au\\s+prix\\s+de|zum\\s+Preis\\s+von|at\\s+a\\s+cost\\s+of)\\s+"
            + "(?:(?:about|around|some|nearly|cerca\\s+de|unos|quase|environ|près\\s+de|rund|etwa|knapp)\\s+)?(?:US)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BUYING = Pattern.compile("\\b(?:buy|buys|bought|buying|purchas\\w*|comprar|compra|compras|comprou|compró|comprará|adquirir|adquiri\\p{L}*|"
            + "adquisición|aquisição|acheter|achète|acheté|achat|acquérir|acquisition|kaufen|kauft|kaufte|gekauft|Kauf\\p{L}*|erwerben|erwirbt|erworben|Erwerb)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    boolean nearNotAid(String text, MoneyMention m) {
        if (DIFFERENCE.matcher(text.substring(m.end())).lookingAt()) {
            return true;
        }
        if (PRICE_LEAD.matcher(text.substring(Math.max(0, m.start() - NOT_AID_WINDOW), m.start())).find()
                && BUYING.matcher(text.substring(0, m.start())).find()) {
            return true; // a buyer, then "for" and the amount: what the purchase costs
        }
        if (OWN_BUDGET.matcher(text.substring(m.end())).find()) {
            return true; // "roughly 1 percent of the $1.6 trillion budget"
        }
        Matcher cost = PROJECT_COST.matcher(text.substring(m.end()));
        if (cost.find() && !cues.aid().matcher(cost.group()).find()) {
            return true; // "a 70 mln dlr loan to Hungary to help finance a 833.1 mln dlr telecommunications project": what the project costs
        }
        int from = Math.max(0, m.start() - NOT_AID_WINDOW);
        int to = Math.min(text.length(), m.end() + NOT_AID_WINDOW);
        List<int[]> notAid = new ArrayList<>();
        // words read whole, past the window's end, and counted only when whole inside it: "costeado" at the edge is not "coste"
        Matcher no = cues.notAid().matcher(text).region(from, text.length()).useTransparentBounds(true);
        while (no.find() && no.start() < to) {
            if (no.end() <= to) {
                notAid.add(new int[] {no.start(), no.end()});
            }
        }
        if (notAid.isEmpty()) {
            return false;
        }
        // an aid word close to the amount wins, unless it is part of what says "no aid" ("credit" in "credit guarantees")
        Matcher aid = cues.aid().matcher(text).region(Math.max(0, m.start() - AID_OVERRIDE), Math.min(text.length(), m.end() + AID_OVERRIDE));
        while (aid.find()) {
            int s = aid.start();
            int e = aid.end();
            if (notAid.stream().noneMatch(r -> r[0] < e && s < r[1])) {
                return false;
            }
        }
        return true;
    }

    private static double confidence(Sentence sentence, boolean carried, boolean continuation) {
        double c = 0.88;
        if (carried) {
            c -= 0.13;
        }
        if (continuation) {
            c -= 0.05;
        }
        if (sentence.headlineLike()) {
            c -= 0.15;
        }
        return Math.round(c * 100) / 100.0;
    }
}

package io.allywatch.engine.aid;

import static io.allywatch.engine.aid.PartyReader.USA;

import io.allywatch.contract.AidEvent.AidPurpose;
import io.allywatch.contract.AidEvent.AidScope;
import io.allywatch.contract.AidEvent.AidStatus;
import io.allywatch.engine.dates.DateFinder;
import io.allywatch.engine.dates.DateMention;
import io.allywatch.engine.gazetteer.CountryGazetteer;
import io.allywatch.engine.money.MoneyFinder;
import io.allywatch.engine.money.MoneyMention;
import io.allywatch.engine.text.Prefiltered;
import io.allywatch.engine.aid.PartyReader.Party;
import io.allywatch.engine.aid.PartyReader.Pick;
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
    /** How many sentences must speak of aid for a country's giving, without a word of aid, to be aid. */
    private static final int AID_ARTICLE_SENTENCES = 2;
    /** How many sentences back a continuation ("the package", "Of this") may find its aid. */
    private static final int CONTEXT_REACH = 2;
    /** How many sentences back a sentence that names no donor may take the donor of aid just read. */
    private static final int DONOR_REACH = 3;
    private static final int PURPOSE_AFTER = 90;
    private static final int PURPOSE_BEFORE = 40;
    /** What the UN asks for, not gives: an appeal, a plan of needs, money it seeks or must collect. */
    private static final Pattern UN_APPEAL = Pattern.compile("\\b(?:appeal\\w*|needs|needed|seek\\w*|\\p{L}*[Aa]ppell\\p{L}*|\\p{L}*[Bb]edarf\\p{L}*|verlang\\p{L}*|"
            + "einsammeln|einzusammeln|appels?|besoins?|llamamientos?|necesidades|necesita\\p{L}*|apelos?|necessidades|necessita\\p{L}*|"
            + "[Rr]esponse\\s+[Pp]lan|Hilfsplan\\p{L}*)\\b", Pattern.UNICODE_CASE);
    private static final Pattern CLAUSE_END = Pattern.compile("\\s--|[;,\\u2013\\u2014]");
    private static final Pattern SINCE_YEAR = Pattern.compile("\\b(?:since|depuis|desde|seit)\\s+(?:(?:el|o|l['’]|dem|the)\\s+)?(?:(?:an|año|ano|Jahr|year)\\s+)?((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Prints why each amount was dropped: {@code -Dallywatch.debug.aid=true}. */
    private static final boolean DEBUG = Boolean.getBoolean("allywatch.debug.aid");
    /** A recipient the article names several donors for: none of them is carried to a sentence that names none. */
    static final String AMBIGUOUS = "";

    private final String lang;
    private final AidLexicon lexicon;
    private final AidCues cues;
    private final CountryGazetteer gazetteer;
    /** Which amounts of a sentence can be aid. */
    private final AmountReader amountReader;
    private final DateFinder dates;
    /** The words of aid, of giving and of receiving, each behind a scan for its beginnings: asked of every sentence with an amount. */
    private final Prefiltered aidWord;
    private final Prefiltered aidLexiconWord;
    private final Prefiltered giveWord;
    private final Prefiltered receiveWord;

    private final AidSecondReading secondReading;
    /** What an amount's words tell besides who gives and gets: status, purpose, scope, program, year, source. */
    private final AidFields fields;
    /** Who gives and who gets in a sentence. */
    private final PartyReader who;
    /** A country as the subject of a verb of receiving the amount. */
    private final ReceivingReader receiving;
    /** Which country an article is about, for aid whose sentence names no one to get it. */
    private final ArticleCountries countries;

    private AidExtractor(String lang, AidRanker ranker) {
        this.secondReading = ranker == null ? null : new AidSecondReading(this, ranker);
        this.lexicon = AidLexicon.forLanguage(lang);
        this.fields = new AidFields(lexicon);
        this.lang = lexicon.lang();
        this.cues = AidCues.forLanguage(this.lang);
        this.gazetteer = CountryGazetteer.forLanguage(this.lang);
        this.who = new PartyReader(this.lang, cues, gazetteer);
        this.receiving = new ReceivingReader(this.lang, cues, who);
        this.countries = new ArticleCountries(cues, gazetteer, who);
        this.amountReader = new AmountReader(this.lang, cues, lexicon);
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

    PartyReader who() {
        return who;
    }

    AmountReader amountReader() {
        return amountReader;
    }

    ArticleCountries countries() {
        return countries;
    }

    boolean giveWord(String text) {
        return giveWord.find(text);
    }

    boolean receiveWord(String text) {
        return receiveWord.find(text);
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
    record Reading(List<AidFinding> findings, List<AidSecondReading.Unread> unread, Map<String, String> donors, String articleRecipient,
                   boolean recipientNamedLater) {
        /**
         * Amounts left, in an article where the rules read aid with its donor: without a stated donor no
         * second reading may read aid (a giver named only for aid with no recipient was tried: it read
         * aid into negative documents on dev).
         */
        boolean mayReadMore() {
            return !unread.isEmpty() && !donors.isEmpty();
        }
    }

    /**
     * The rules' reading. Where an amount came before the article first named who gets its aid ("Außerdem werde das
     * Pentagon Waffen ... im Wert von 197 Millionen US-Dollar bereitstellen", then "... die US-Militärhilfe für die
     * Ukraine ..."), the article is read once more knowing that recipient from its start.
     */
    private Reading read(List<Sentence> sentences, LocalDate published) {
        Reading first = read(sentences, published, null);
        return first.recipientNamedLater() ? read(sentences, published, first.articleRecipient()) : first;
    }

    /** @param knownRecipient the recipient of the article's aid, from a first reading; null on the first */
    private Reading read(List<Sentence> sentences, LocalDate published, String knownRecipient) {
        List<AidSecondReading.Unread> unread = new ArrayList<>();
        Map<String, AidFinding> best = new LinkedHashMap<>();
        AidContext context = null;
        String articleRecipient = knownRecipient;
        boolean noRecipientYet = false;
        // A recipient known from the first reading stands for the article's only after a sentence has named it: a lead
        // about aid "to the region" or "a América Latina" is not its.
        int namedAt = knownRecipient == null ? -1 : countries.firstNaming(sentences, knownRecipient);
        // Per recipient, the donor the article has stated for aid to it; several donors: none can be assumed
        Map<String, String> donors = new java.util.HashMap<>();
        // Amounts said roughly ("más de 53 millones de soles") or in a headline: perhaps a precise one said again
        Set<AidFinding> rounded = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        // The givers the article has stated for aid it gave no one recipient ("BID aprueba US$1.650 millones para países de América Latina")
        Set<String> statedGivers = new java.util.LinkedHashSet<>();
        // Both read the whole article: only for articles that speak of aid, once (most news has no aid sentence at all).
        String[] currencies = null;
        Boolean usGovernmentNamed = null;
        Map<String, Integer> sentencesNaming = null;
        Boolean aidArticle = null;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            String text = sentence.text();
            boolean scaleWord = MoneyFinder.mayHoldBareAmount(text);
            if (!AmountReader.hasDigit(text) && !scaleWord || !MoneyFinder.mayHoldMoney(text) && !scaleWord) {
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
                traceAmounts("no aid words", text);
                unread.add(AidSecondReading.Unread.sentence(i));
                continue;
            }
            List<MoneyMention> read = amountReader.find(text);
            if ((aidWords || continuation || give || receive) && scaleWord && AmountReader.hasDigit(text)) { // "De ese total, 615 millones ...", "Ottawa allouera 123 millions pour"
                if (currencies == null) {
                    currencies = amountReader.currencySpoken(sentences);
                }
                read = amountReader.withBare(text, read, currencies[i]); // "615 millones se enmarcan ...": the currency spoken
            }
            List<MoneyMention> amounts = amountReader.withoutConversions(text, read);
            if (amounts.isEmpty()) {
                traceAmounts("no amount left after conversions", text);
                continue;
            }
            if (!aidWords && (give || receive || sentence.headlineLike())) {
                // Without a word of aid, only a verb of giving or receiving, or a headline, can make an amount aid
                List<Party> named = who.parties(text);
                // "the UK has committed £21.8bn for Ukraine": giving a country an amount is aid
                aidWords = give && named.stream().anyMatch(p -> !p.institution() && who.led(text, p, 0, cues.to()))
                        // a headline "15 Milliarden Euro für die Ukraine" over a text about aid
                        || sentence.headlineLike() && named.stream().anyMatch(p -> !p.institution() && who.led(text, p, 0, cues.to()))
                        && aidNear(sentences, i)
                        // "Bislang hat Deutschland der Ukraine mit über 15 Milliarden Euro geholfen", "pledged Kyiv $2 billion"
                        || give && named.stream().anyMatch(p -> !p.institution() && who.objectOfGiving(text, p))
                        // "hat den jordanischen Streitkräften Fahrzeuge ... im Wert von rund 18 Mio EUR übergeben": given to a country's forces
                        || give && named.stream().anyMatch(p -> who.forcesOf(text, p))
                        // "Congress is preparing to provide about $95 million more to train and equip two Colombian brigades"
                        || give && who.givenBySubject(text, named)
                        // "die Obama ... beim Kongress für Tunis beantragt hat": asked for a country
                        || receive && named.stream().anyMatch(p -> !p.institution() && who.led(text, p, 0, cues.to()))
                        // "Taipéi obtendría 4.500 millones de dólares": a country that receives, as the subject of the verb
                        // (not "the administration is expected to seek $80bn": the US government asking for its own budget)
                        || receive && named.stream().anyMatch(p -> !p.institution() && !(p.government() && USA.equals(p.code()))
                        && receiving.receivesAsSubject(text, p, amounts));
                if (!aidWords && give && named.stream().anyMatch(p -> !p.institution() && who.givesAsSubject(text, p))) {
                    if (aidArticle == null) {
                        aidArticle = sentences.stream().filter(x -> aidCue(x.text())).count() >= AID_ARTICLE_SENTENCES;
                    }
                    // "Seitdem haben die USA dem südamerikanischen Land 2,6 Milliarden Dollar gewährt", in an article about aid
                    aidWords = aidArticle;
                }
            }
            if (!aidWords && !continuation) {
                traceAmounts("no aid words", text);
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
            List<Party> parties = who.parties(text).stream()
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
            int n = Math.min(amounts.size(), AmountReader.MAX_AMOUNTS_PER_SENTENCE);
            for (int k = 0; k < n; k++) {
                MoneyMention m = amounts.get(k);
                if (m.amount().compareTo(AmountReader.SMALLEST_AID) < 0) {
                    trace("a price, not aid", text, m); // "26 dlrs" a tonne of freight, "the 20 dlr level" of oil
                    continue;
                }
                if (amountReader.nearNotAid(text, m)) {
                    trace("no aid near", text, m);
                    continue;
                }
                int segmentStart = k == 0 ? 0 : amounts.get(k - 1).end();
                int segmentEnd = k + 1 < amounts.size() ? amounts.get(k + 1).start() : text.length();
                Matcher other = lexicon.otherRecipient() == null ? null : lexicon.otherRecipient().matcher(text.substring(m.end(), segmentEnd));
                if (other != null && other.lookingAt() && parties.stream().noneMatch(p -> p.start() >= m.end() && p.start() < m.end() + other.end())) {
                    trace("for a group of countries", text, m);
                    continue; // "300 mln dlrs in economic aid for four Central American states": no one country
                }
                Pick recipientPick = who.recipient(text, parties, m, segmentStart, segmentEnd);
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
                if (recipient == null && (COUNTRY_ANAPHOR.matcher(text.substring(m.end(), segmentEnd)).lookingAt()
                        // "haben die USA dem südamerikanischen Land 2,6 Milliarden Dollar gewährt": the German dative, before the amount
                        || "de".equals(lang) && GERMAN_COUNTRY_DATIVE.matcher(text.substring(Math.max(0, m.start() - GERMAN_DATIVE_BEFORE), m.start())).find())) {
                    // "Canada is allocating $100 million in humanitarian aid to the country": the country the article is about
                    String about = countries.mostNamed(sentences, parties);
                    if (about != null) {
                        recipient = about;
                        recipientStrong = true;
                        carried = true;
                    }
                }
                String main = namedAt < i ? articleRecipient : null;
                if (recipient == null && main != null && parties.stream().allMatch(p -> p.institution() || p.code().equals(USA) || p.code().equals(main)
                        || who.givesAsSubject(text, p) || who.possesses(text, p, m))) {
                    recipient = main; // "Knapp 15 Milliarden Euro hat Deutschland bereits geleistet", in an article about aid to Ukraine
                    carried = true;
                }
                if (recipient == null && aidWord.find(text)) {
                    // "Washington has pledged more than $570 million in assistance since the 2011 revolution", in an article
                    // about Tunisia: aid named as such, nobody here to get it but the country the article is about
                    if (sentencesNaming == null) {
                        sentencesNaming = countries.sentencesNaming(sentences);
                    }
                    String about = countries.articleSubject(sentencesNaming, text, parties, m);
                    if (about != null) {
                        recipient = about;
                        carried = true;
                    }
                }
                if (recipient == null) {
                    Pick giver = who.donor(text, parties, null, m);
                    if (giver != null && giver.strong()) {
                        statedGivers.add(giver.code()); // "El BID dio luz verde a US$1.650 millones para seis países": a giver, for later sentences
                    }
                    trace("no recipient", text, m);
                    noRecipientYet |= articleRecipient == null;
                    unread.add(new AidSecondReading.Unread(i, m, amounts, null, AidFeature.UNREAD_NO_RECIPIENT));
                    continue;
                }
                Pick donorPick = who.donor(text, parties, recipient, m);
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
                        && parties.stream().allMatch(p -> !p.institution() && !who.givesAsSubject(text, p) && !who.possesses(text, p, m))) {
                    donor = sole; // the one giver of all the aid this article has read so far ("... 3 milliards de dollars à Israël")
                    carried = true;
                }
                if (donor == null && sole == null && statedGivers.size() == 1 && !statedGivers.contains(receiving)
                        && recipientStrong && cues.aid().matcher(text).find() // aid named, to one said to get it
                        && parties.stream().allMatch(p -> p.code().equals(receiving) || p.institution() && statedGivers.contains(p.code())
                        || !p.institution() && !p.official() && !who.givesAsSubject(text, p) && !who.possesses(text, p, m) && !who.led(text, p, 0, cues.from()))) {
                    donor = statedGivers.iterator().next(); // "Haití recibirá una financiación de US$60 millones", in the article of the IDB's loans
                    carried = true;
                }
                if (donor == null && usGovernmentNamed == null) {
                    usGovernmentNamed = sentences.stream().anyMatch(x -> cues.usGovernment().matcher(x.text()).find());
                }
                // (in dollars only: "Defence Secretary pledges £450m for Ukraine" is not the US government's, whoever else the article names)
                if (donor == null && usGovernmentNamed && !USA.equals(receiving) && donors.isEmpty() && "USD".equals(m.currency())
                        && parties.stream().allMatch(p -> !p.institution() && !who.givesAsSubject(text, p) && !who.possesses(text, p, m))) {
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
                if (AidCues.UNITED_NATIONS.equals(donor) && UN_APPEAL.matcher(text).find()) {
                    trace("a UN appeal: the UN asks donors, it gives nothing", text, m);
                    continue; // "Der neue Hilfsplan der UNO für Sudan setzt den Hilfsbedarf auf 4,2 Milliarden US-Dollar": no donor named
                }
                String gets = recipient;
                if (!recipientStrong && parties.stream().anyMatch(p -> p.code().equals(gets) && !p.institution() && who.givesAsSubject(text, p))
                        // "Israeli officials signed a memorandum to give Israel $38 billion": named as the one given to as well
                        && parties.stream().noneMatch(p -> p.code().equals(gets) && !p.institution() && p.end() <= m.start()
                                && (who.objectOfGiving(text, p) || who.led(text, p, 0, cues.to())))) {
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
                boolean lender = donorStrong && !AidCues.DONOR_GROUP.equals(givenBy) && parties.stream().anyMatch(p -> p.institution() && p.code().equals(givenBy));
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
                if (sentence.headlineLike() || RoundedRepeats.roundedBefore(text, segmentStart, m)) {
                    rounded.add(f);
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
        return new Reading(RoundedRepeats.without(best.values(), rounded), unread, donors, articleRecipient, noRecipientYet && articleRecipient != null);
    }

    /** A sentence set aside before its amounts were read: in debug mode they are read anyway, to say which were dropped. */
    private void traceAmounts(String why, String text) {
        if (DEBUG) {
            List<MoneyMention> read = amountReader.find(text);
            System.err.println("aid: " + why + " " + read.stream().map(m -> m.amount().toPlainString() + " " + m.currency()).toList() + ": " + text);
        }
    }

    private static void trace(String why, String text, MoneyMention m) {
        if (DEBUG) {
            System.err.println("aid: " + why + (m == null ? "" : " [" + m.amount().toPlainString() + " " + m.currency() + "]") + ": " + text);
        }
    }

    /** "... in humanitarian aid to the country", "à ce pays", "al país", "ao país", "an das Land". */
    private static final Pattern COUNTRY_ANAPHOR = Pattern.compile("^\\s*(?:(?:in|of|en|de|d['’]|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?)?"
            + "(?:(?:to|for|à|au|pour|a|al|para|ao|an|für)\\s+(?:the|this|that|ce|le|el|este|ese|o|este|esse|das|dieses)\\s+|(?:au|al|ao)\\s+)(?:country|pays|país|Land)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Characters before an amount read for "dem … Land" and its adverbials. */
    private static final int GERMAN_DATIVE_BEFORE = 90;
    /** "dem südamerikanischen Land", "dem Königreich", "dem Inselstaat" right before an amount: the country the article is about, given to. */
    private static final Pattern GERMAN_COUNTRY_DATIVE = Pattern.compile("\\bdem\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?\\p{L}*(?:[Ll]and|[Kk]önigreich|[Ss]taat)\\s+"
            + "(?:(?:insgesamt|rund|etwa|knapp|fast|über|mehr\\s+als|bislang|bisher|weitere|zusätzlich)\\s+)*$");

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

    /** Whether the sentence speaks of aid: a word of the cues or of the lexicon. */
    boolean aidCue(String text) {
        return aidWord.find(text) || aidLexiconWord.find(text);
    }

    /** Whether aid is spoken of in the sentences right after (a headline's body). */
    private boolean aidNear(List<Sentence> sentences, int i) {
        for (int k = i + 1; k <= Math.min(sentences.size() - 1, i + 2); k++) {
            if (cues.aid().matcher(sentences.get(k).text()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb that hands a share of money to someone, in an article that has read aid: "52 millions de dollars iront au
     * Liberia", "Demnach gehen 50 Millionen Euro an Gaza", "caberá à Síria", "corresponderán a Haití", "will go to Jordan".
     */
    private static final Pattern SHARE = Pattern.compile("\\b(?:(?:will\\s+)?go(?:es)?\\s+to|went\\s+to|ir(?:a|ont)\\s+(?:à|au|aux)|va(?:nt)?\\s+(?:à|au|aux)|"
            + "revien(?:dra|dront|t|nent)\\s+(?:à|au|aux)|ir(?:á|án)\\s+(?:a|al|para)|van?\\s+(?:a|al|para)|correspond(?:e|en|erá|erán)\\s+(?:a|al)|"
            + "ir(?:á|ão)\\s+para|vão\\s+para|cab(?:e|em|erá|erão)\\s+(?:a|à|ao)|fica(?:m|rá|rão)?\\s+com|"
            + "geh(?:en|t)\\s+(?:an|nach)|ging(?:en)?\\s+(?:an|nach)|fließ(?:en|t)\\s+(?:an|nach)|entf(?:allen|ällt)\\s+auf)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EXAMPLE_OF = Pattern.compile("\\b(?:such\\s+as|including|like|tels?\\s+que|comme|como|wie|etwa)\\s+(?:the\\s+|la\\s+|le\\s+|l['’]|el\\s+|o\\s+|a\\s+|die\\s+|der\\s+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Lenders or donors named only as a kind: "from multilateral organisations and foreign governments". */
    private static final Pattern UNNAMED_SOURCES = Pattern.compile("\\b(?:from|de|des|von|da|do|del)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:governments|organi[sz]ations|banks|donors|creditors|lenders|"
            + "countries|institutions|agencies|gouvernements|banques|donateurs|bailleurs|créanciers|gobiernos|organismos|bancos|donantes|acreedores|governos|"
            + "doadores|credores|Regierungen|Banken|Geber\\p{L}*|Gläubiger\\p{L}*)\\b"
            // "bilateral sources expected to provide 189.9 mln dlrs": givers named only as a kind
            + "|\\b(?:bilateral|multilateral|other|foreign)\\s+(?:sources|donors|lenders|creditors)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Money put into a fund, which the guidelines count as no country's aid, even where the fund serves one country. */
    private static final Pattern FUND_TARGET = Pattern.compile("\\b(?:in|into|to|an|au|à|al|ao|para)\\s+(?:einen|einem|den|dem|the|its|le|la|un|el|o|um|a)?\\s*"
            + "(?:[\\p{L}-]+\\s+){0,3}?\\p{L}*(?:fonds|fund|fondo|fundo)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PAID_IN = Pattern.compile("\\b(?:eingezahlt|einzahl\\p{L}*|zahlt\\p{L}*\\s+ein|paid|pays|pay|contribu\\p{L}*|vers(?:é|ée|és|ées|era|ent|e)|"
            + "aport\\p{L}*|deposit\\p{L}*)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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

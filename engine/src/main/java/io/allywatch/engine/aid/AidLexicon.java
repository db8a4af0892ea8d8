package io.allywatch.engine.aid;

import io.allywatch.engine.lang.PerLanguage;
import io.allywatch.contract.AidEvent.AidPurpose;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words one language uses for aid: what aid is, its status, purpose, program and who says so.
 *
 * @param give           verbs of giving aid: the country that opens a sentence with one gives
 * @param receive        verbs of receiving or asking for aid: that country receives
 * @param past           words that put one amount in the past (given, delivered, voted); null
 *                       where not written yet
 * @param otherRecipient words right after an amount that give it to something other than a
 *                       country ("in economic aid for four Central American states"); null where
 *                       not written yet
 */
record AidLexicon(
        String lang,
        Pattern give,
        Pattern receive,
        Pattern past,
        Pattern aid,
        Pattern aidAnaphor,
        Pattern notAid,
        Pattern toRecipient,
        Pattern otherRecipient,
        Pattern requested,
        Pattern planned,
        Pattern hedge,
        Pattern fiscalYear,
        Pattern attribution,
        Map<AidPurpose, Pattern> purposes) {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Program acronyms and names are English in every language. */
    static final Map<String, Pattern> PROGRAMS = Map.of(
            "FMF", Pattern.compile("\\bFMF\\b|Foreign Military Financing|financement militaire étranger|Financiamiento Militar Extranjero|Financiamento Militar Estrangeiro"),
            "IMET", Pattern.compile("\\bIMET\\b|International Military Education and Training"),
            "INCLE", Pattern.compile("\\bINCLE\\b|International Narcotics Control and Law Enforcement"),
            "ESF", Pattern.compile("\\bESF\\b|Economic Support Fund"),
            "USAI", Pattern.compile("\\bUSAI\\b|Ukraine Security Assistance Initiative"),
            "PDA", Pattern.compile("Presidential Drawdown Authority|\\bdrawdown\\b"));

    static AidLexicon forLanguage(String lang) {
        return PerLanguage.pick(lang, ENGLISH, FRENCH, SPANISH, PORTUGUESE, GERMAN);
    }

    private static Map<AidPurpose, Pattern> purposes(String narcotics, String terrorism, String humanitarian, String economic,
                                                     String military, String security) {
        Map<AidPurpose, Pattern> m = new LinkedHashMap<>(); // checked in this order: the most specific first
        m.put(AidPurpose.COUNTER_NARCOTICS, Pattern.compile(narcotics, CI));
        m.put(AidPurpose.COUNTER_TERRORISM, Pattern.compile(terrorism, CI));
        m.put(AidPurpose.HUMANITARIAN, Pattern.compile(humanitarian, CI));
        m.put(AidPurpose.ECONOMIC, Pattern.compile(economic, CI));
        m.put(AidPurpose.MILITARY, Pattern.compile(military, CI));
        m.put(AidPurpose.SECURITY, Pattern.compile(security, CI));
        return m;
    }

    static final AidLexicon ENGLISH = new AidLexicon("en",
            Pattern.compile("\\b(?:give|gives|gave|given|giving|provid\\w*|contribut\\w*|donat\\w*|pledg\\w*|grant(?:s|ed)?|offer\\w*|send|sends|sent|doubl\\w+\\s+its|proposal)\\b", CI),
            Pattern.compile("\\b(?:receiv\\w*|get|gets|got|obtain\\w*|appeal\\w*|ask\\w*|request\\w*|seek\\w*|sought)\\b", CI),
            Pattern.compile("\\b(?:approved|voted|gave|given|provided|delivered|received|disbursed|spent|last\\s+year)\\b", CI),
            Pattern.compile("\\b(?:aid|assistance|Foreign Military Financing|FMF|IMET|INCLE|military financing|security funding|military funding|aid package|security package|arms package)\\b", CI),
            Pattern.compile("\\b(?:the|that|this|such)\\s+(?:budget|aid|assistance|package|funding|sum|figure|amount|allocation)\\b|\\bof\\s+(?:which|that|this|it)\\b", CI),
            Pattern.compile("\\b(?:state aid|loans?|credit line|revenue|profit|sales|earnings|shares|stake|takeover|merger|bid|dividend|bonds?|debt|fine|penalty|salary|prize|transfer fee|contract worth)\\b", CI),
            Pattern.compile("\\s*(?:of\\s+(?:\\p{L}+\\s+){0,2}?(?:aid|assistance)\\s+)?(?:to|for)\\s+(?:the\\s+)?"),
            Pattern.compile("\\s*(?:in\\s+(?:\\p{L}+\\s+){0,2}?(?:aid|assistance|credits?|loans?|grants?)\\s+)?(?:to|for)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:states|countries|nations|governments|rebels|groups|neighbou?rs|regions?|territories|organi[sz]ations|agencies)\\b"
                    // money put into a fund is no one country's aid: "has given 1.2 billion dlrs to the Asian Development Fund",
                    // "the 3.7 billion dlrs it has contributed to the Bank's soft loans fund"
                    + "|\\s*(?:(?:it|they|which|that)\\s+(?:has\\s+|have\\s+|had\\s+)?\\p{L}+\\s+)?(?:to|for|into)\\s+(?:the\\s+|its\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}?(?:[Ff]und|Facility)\\b", CI),
            Pattern.compile("\\b(?:request(?:s|ed|ing)?|asked\\s+Congress|asks\\s+Congress|seek(?:s|ing)?|sought|proposed\\s+budget)\\b", CI),
            Pattern.compile("\\b(?:will|expected|expects|plans?|planned|pledged?|pledges|promised?|promises|to\\s+provide|block|blocked|blocking|would\\s+(?:reach|go|be\\s+(?:spent|used|sent|delivered))|is\\s+to\\s+receive|set\\s+to|earmarked|next\\s+year|upcoming|coming\\s+year|would\\s+receive|would\\s+get)\\b", CI),
            Pattern.compile("\\b(?:could|might|if|whether|unless|considering|mulling|hopes?)\\b", CI),
            Pattern.compile("\\b(?:fiscal(?:\\s+year)?|FY)\\s*['’]?((?:19|20)?\\d{2})\\b", CI),
            Pattern.compile("\\baccording\\s+to\\s+(?:(?:estimates|figures|data|a\\s+report|a\\s+study|calculations)\\s+(?:by|from|of)\\s+)?"),
            purposes("counter-?narcotics|anti-?drug|drugs?|narcotics?|cocaine|coca\\b", "terror", "humanitarian|disaster|food aid|refugees?|victims|famine|earthquake|cyclone|flood(?:s|ing)?|drought",
                    "economic|development", "military|defen[cs]e|arms|weapons|armed forces|troops|soldiers|brigades?|train and equip|equipment", "security|police|law enforcement|border"));

    static final AidLexicon FRENCH = new AidLexicon("fr",
            Pattern.compile("\\b(?:donn\\p{L}*|fourni\\p{L}*|accord\\p{L}*|verse\\p{L}*|promis|promet\\p{L}*|offert|envoy\\p{L}*)\\b", CI),
            Pattern.compile("\\b(?:reçoi\\p{L}*|reçu\\p{L}*|recevr\\p{L}*|obtien\\p{L}*|obtenu|demand\\p{L}*|sollicit\\p{L}*)\\b", CI),
            null,
            Pattern.compile("\\b(?:aide|aides|assistance|soutien\\s+militaire|financement\\s+militaire|Foreign Military Financing|FMF|IMET)\\b", CI),
            Pattern.compile("\\b(?:ce|le|cette|la)\\s+(?:budget|aide|enveloppe|montant|somme|financement)\\b|\\bdont\\b", CI),
            Pattern.compile("\\b(?:aides?\\s+d['’]État|prêts?|chiffre\\s+d['’]affaires|bénéfice|actions|dette|amende)\\b", CI),
            Pattern.compile("\\s*(?:d['’]aide\\s+|d['’]assistance\\s+)?(?:(?:militaire|sécuritaire)\\s+)?(?:au|à\\s+la|à\\s+l['’]\\s*|aux|à|pour\\s+le|pour\\s+la|pour\\s+l['’]\\s*|pour)\\s*"),
            Pattern.compile("\\s*(?:d['’]aide\\s+(?:\\p{L}+\\s+)?)?(?:aux|à|pour)\\s+(?:les\\s+|des\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:États|pays|nations|gouvernements|rebelles|groupes|voisins|régions?|organisations|agences)\\b", CI),
            Pattern.compile("\\b(?:demand(?:e|é|ée|ent)|sollicit\\p{L}*|requ[êe]t\\p{L}*)\\b", CI),
            Pattern.compile("\\b(?:\\p{L}+(?:era|eront|ira|iront)|prévu\\p{L}*|prévoit|devrait|devraient|va|vont|sera|seront|recevra|promis\\p{L}*|s['’]engage|l['’]an\\s+prochain|l['’]année\\s+prochaine)\\b", CI),
            Pattern.compile("\\b(?:pourrait|pourraient|si|envisag\\p{L}*|espère)\\b", CI),
            Pattern.compile("\\b(?:exercice(?:\\s+budgétaire)?|année\\s+fiscale)\\s+((?:19|20)\\d{2})\\b", CI),
            Pattern.compile("\\b(?:selon|d['’]après)\\s+(?:les\\s+(?:estimations|chiffres|données)\\s+(?:du|de\\s+la|de\\s+l['’]|des)\\s*)?"),
            purposes("drogue|narco|stupéfiants|cocaïne", "terror", "humanitaire|réfugiés|victimes|sinistrés|famine|séisme|cyclone|inondations|sécheresse", "économique|développement",
                    "militaire|défense|armes|armée|troupes|soldats|équip", "sécurité|police"));

    static final AidLexicon SPANISH = new AidLexicon("es",
            Pattern.compile("\\b(?:d(?:io|a|ará|aba)|entreg\\p{L}*|otorg\\p{L}*|don\\p{L}*|prometi\\p{L}*|ofreci\\p{L}*|envi\\p{L}*|destin\\p{L}*)\\b", CI),
            Pattern.compile("\\b(?:recib\\p{L}*|obtuv\\p{L}*|obten\\p{L}*|solicit\\p{L}*|pidi\\p{L}*)\\b", CI),
            null,
            Pattern.compile("\\b(?:ayuda|ayudas|asistencia|cooperación\\s+militar|financiamiento\\s+militar|financiación\\s+militar|Foreign Military Financing|FMF|IMET)\\b", CI),
            Pattern.compile("\\b(?:el|ese|este|la|esa|esta)\\s+(?:presupuesto|ayuda|monto|paquete|suma|cifra|partida|financiamiento)\\b|\\bde\\s+(?:los\\s+cuales|ellos|esa\\s+suma)\\b", CI),
            Pattern.compile("\\b(?:préstamos?|crédito|ventas|ganancias|beneficios|acciones|deuda|multa|ayudas\\s+de\\s+Estado)\\b", CI),
            Pattern.compile("\\s*(?:de\\s+(?:ayuda|asistencia)\\s+)?(?:(?:militar|de\\s+seguridad)\\s+)?(?:a|al|para|para\\s+el|para\\s+la|a\\s+la)\\s+"),
            Pattern.compile("\\s*(?:de\\s+ayuda\\s+(?:\\p{L}+\\s+)?)?(?:a|para)\\s+(?:los\\s+|las\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:Estados|países|naciones|gobiernos|rebeldes|grupos|vecinos|regiones|organizaciones|agencias)\\b", CI),
            Pattern.compile("\\b(?:solicit\\p{L}*|pid(?:e|ió|ieron)|pedido)\\b", CI),
            Pattern.compile("\\b(?:\\p{L}+(?:ará|erá|irá)n?|prevé|previst[oa]s?|se\\s+espera|espera|será|serán|recibirá|destinará|prometió|comprometió|planea|el\\s+próximo\\s+año|el\\s+año\\s+que\\s+viene)\\b", CI),
            Pattern.compile("\\b(?:podría|podrían|si|quizás?|tal\\s+vez|considera)\\b", CI),
            Pattern.compile("\\b(?:año\\s+fiscal|ejercicio(?:\\s+fiscal)?)\\s+(?:de\\s+)?((?:19|20)\\d{2})\\b", CI),
            Pattern.compile("\\b(?:según|de\\s+acuerdo\\s+con)\\s+(?:(?:estimaciones|cifras|datos)\\s+(?:del|de\\s+la|de)\\s+)?"),
            purposes("droga|narco|antidrogas|cocaína|coca\\b", "terror", "humanitari|refugiados|víctimas|damnificados|hambruna|terremoto|ciclón|huracán|inundaciones|sequía", "económic|desarrollo",
                    "militar|defensa|armas|fuerzas\\s+armadas|tropas|soldados|brigadas|equipamiento", "seguridad|policía"));

    static final AidLexicon PORTUGUESE = new AidLexicon("pt",
            Pattern.compile("\\b(?:d(?:eu|á|ará)|entreg\\p{L}*|conced\\p{L}*|do(?:ou|ará)|prometeu|ofereceu|envi\\p{L}*|destin\\p{L}*)\\b", CI),
            Pattern.compile("\\b(?:receb\\p{L}*|obtev\\p{L}*|obt(?:ém|er)|solicit\\p{L}*|pediu)\\b", CI),
            null,
            Pattern.compile("\\b(?:ajuda|ajudas|assistência|auxílio|financiamento\\s+militar|Foreign Military Financing|FMF|IMET)\\b", CI),
            Pattern.compile("\\b(?:o|esse|este|a|essa|esta)\\s+(?:orçamento|ajuda|montante|pacote|soma|valor|verba|financiamento)\\b|\\b(?:dos\\s+quais|deles|desse\\s+valor)\\b", CI),
            Pattern.compile("\\b(?:empréstimos?|crédito|vendas|lucros?|ações|dívida|multa)\\b", CI),
            Pattern.compile("\\s*(?:de\\s+(?:ajuda|assistência)\\s+)?(?:(?:militar|de\\s+segurança)\\s+)?(?:a|ao|à|para|para\\s+o|para\\s+a)\\s+"),
            Pattern.compile("\\s*(?:de\\s+ajuda\\s+(?:\\p{L}+\\s+)?)?(?:a|aos|às|para)\\s+(?:os\\s+|as\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:Estados|países|nações|governos|rebeldes|grupos|vizinhos|regiões|organizações|agências)\\b", CI),
            Pattern.compile("\\b(?:solicit\\p{L}*|ped(?:e|iu|iram)|pedido)\\b", CI),
            Pattern.compile("\\b(?:\\p{L}+(?:ará|erá|irá|arão|erão|irão)|vai|vão|prevê|previst[oa]s?|espera-se|deve|devem|será|serão|receberá|destinará|prometeu|planeja|no\\s+próximo\\s+ano|o\\s+próximo\\s+ano)\\b", CI),
            Pattern.compile("\\b(?:poderia|poderiam|poderá|talvez|considera)\\b|(?:^|[,;:]\\s*)se\\b", CI),
            Pattern.compile("\\b(?:ano\\s+fiscal|exercício(?:\\s+fiscal)?)\\s+(?:de\\s+)?((?:19|20)\\d{2})\\b", CI),
            Pattern.compile("\\b(?:segundo|de\\s+acordo\\s+com|conforme)\\s+(?:(?:estimativas|números|dados)\\s+(?:do|da|de)\\s+)?"),
            purposes("droga|narco|antidrogas|cocaína|coca\\b", "terror", "humanitári|refugiados|vítimas|desalojados|fome|terremoto|sismo|ciclone|cheias|inundações|seca", "econômic|económic|desenvolvimento",
                    "militar|defesa|armas|forças\\s+armadas|tropas|soldados|brigadas|equipamento", "segurança|polícia"));

    static final AidLexicon GERMAN = new AidLexicon("de",
            Pattern.compile("\\b(?:gibt|gab|gegeben|zugesagt|sagt\\p{L}*\\s+zu|liefer\\p{L}*|stellt\\p{L}*|bereitgestellt|spendet\\p{L}*|gewährt\\p{L}*|schick\\p{L}*)\\b", CI),
            Pattern.compile("\\b(?:erhält|erhielt|erhalten|bekommt|bekam|bekommen|beantragt\\p{L}*|bittet|bat)\\b", CI),
            null,
            Pattern.compile("\\b(?:Hilfe|Hilfen|Militärhilfe\\p{L}*|Sicherheitshilfe\\p{L}*|Unterstützung|Hilfspaket\\p{L}*|Militärhilfen|Finanzhilfe\\p{L}*|Foreign Military Financing|FMF|IMET)\\b", CI),
            Pattern.compile("\\b(?:das|dieses|der|dieser|die|diese)\\s+(?:Budget|Hilfe|Paket|Summe|Betrag|Mittel|Etat)\\b|\\b(?:davon|hiervon)\\b", CI),
            Pattern.compile("\\b(?:Kredite?|Darlehen|Umsatz|Gewinn|Aktien|Schulden|Strafe|Staatshilfe\\p{L}*|Beihilfe\\p{L}*|Griechenland-Hilfe|Hilfspaket\\p{L}*\\s+für\\s+Griechenland)\\b", CI),
            Pattern.compile("\\s*(?:(?:an|für)\\s+(?:den|die|das)?\\s*)"),
            Pattern.compile("\\s*(?:an|für)\\s+(?:die\\s+|den\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:Staaten|Länder|Nationen|Regierungen|Rebellen|Gruppen|Nachbarn|Regionen|Organisationen)\\b", CI),
            Pattern.compile("\\b(?:beantragt\\p{L}*|fordert\\p{L}*|erbeten|angefordert)\\b", CI),
            Pattern.compile("\\b(?:soll|sollen|wird|werden|kann|können|reserviert|abgesegnet|geplant\\p{L}*|plant|zugesagt|versprochen|vorgesehen|im\\s+nächsten\\s+Jahr|nächstes\\s+Jahr|im\\s+kommenden\\s+Jahr)\\b", CI),
            Pattern.compile("\\b(?:könnte|könnten|falls|wenn|ob|erwägt)\\b", CI),
            Pattern.compile("\\b(?:Haushaltsjahr|Fiskaljahr|Finanzjahr)\\s+((?:19|20)\\d{2})\\b", CI),
            Pattern.compile("\\b(?:laut|nach\\s+Angaben|nach\\s+Schätzungen|Schätzungen)\\s+(?:des|der|dem|von)?\\s*"),
            purposes("Drogen|Rauschgift|Kokain|Koka\\b|Anti-Drogen", "Terror", "humanitär|Flüchtling|Opfer|Hunger|Erdbeben|Zyklon|Überschwemmung|Dürre", "wirtschaftlich|Entwicklung",
                    "Militär|militärisch|Verteidigung|Waffen|Streitkräfte|Rüstung|Truppen|Soldaten|Ausrüstung", "Sicherheit|Polizei|Grenz"));
}

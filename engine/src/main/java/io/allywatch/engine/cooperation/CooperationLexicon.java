package io.allywatch.engine.cooperation;

import io.allywatch.engine.lang.PerLanguage;
import io.allywatch.contract.CooperationEvent.CooperationKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words one language uses for defence cooperation: a pattern per kind, the words that make a
 * meeting or an exchange a defence matter, and the words that take a claim back (hedges,
 * negations, endings).
 */
record CooperationLexicon(String lang, Map<CooperationKind, Pattern> kinds, Pattern defence, Pattern meetingWords,
                          Pattern hedge, Pattern negation) {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    static CooperationLexicon forLanguage(String lang) {
        return PerLanguage.pick(lang, ENGLISH, FRENCH, SPANISH, PORTUGUESE, GERMAN);
    }

    private static Map<CooperationKind, Pattern> kinds(String agreement, String exercise, String training, String intel, String arms, String tech) {
        Map<CooperationKind, Pattern> m = new LinkedHashMap<>();
        m.put(CooperationKind.AGREEMENT, Pattern.compile(agreement, CI));
        m.put(CooperationKind.EXERCISE, Pattern.compile(exercise, CI));
        m.put(CooperationKind.TRAINING, Pattern.compile(training, CI));
        m.put(CooperationKind.INTEL_SHARING, Pattern.compile(intel, CI));
        m.put(CooperationKind.ARMS_TRANSFER, Pattern.compile(arms, CI));
        m.put(CooperationKind.TECH_TRANSFER, Pattern.compile(tech, CI));
        return m;
    }

    private static final String EN_TROOPS = "(?:forces|troops|soldiers|officers|pilots|military|army|navy|police|units|personnel|marines|cadets)";
    private static final String EN_WEAPONS = "(?:fighter\\s+(?:jets|aircraft|planes)|combat\\s+aircraft|military\\s+aircraft|warplanes|F-\\d+\\w*(?:\\s+fighters)?|helicopters|tanks|missiles|weapons|drones|frigates|submarines|howitzers|rifles|ammunition|air\\s+defen[cs]e\\s+systems?)";

    static final CooperationLexicon ENGLISH = new CooperationLexicon("en",
            kinds("\\b(?:defen[cs]e|security|military|intelligence)\\s+(?:cooperation\\s+)?(?:agreement|accord|pact|treaty|memorandum|deal)s?\\b|\\b(?:status\\s+of\\s+forces|visiting\\s+forces|reciprocal\\s+access)\\s+agreement\\b"
                    + "|\\b(?:agreement|accord|arrangement|deal|pact)\\b[^.;]{0,60}?\\b(?:on|concerning|covering|for|regarding)\\s+(?:\\p{L}+\\s+){0,2}?(?:security|defen[cs]e|military)\\s+cooperation\\b",
                    "\\b(?:joint|combined|bilateral|multinational)\\s+(?:military\\s+|naval\\s+|air\\s+|army\\s+)?(?:exercises?|drills?|maneuvers|manoeuvres)\\b"
                            + "|\\b(?:military|naval|air|army)\\s+(?:exercises?|drills|maneuvers|manoeuvres)\\b",
                    "\\b(?:military|police|joint|combat|counter-?narcotics)\\s+training\\b|\\b(?:receive|receives|received|provide|provides|provided|get|gets)\\s+(?:\\p{L}+\\s+){0,2}?training\\b|\\btrain(?:s|ed|ing)?\\s+(?:\\p{L}+\\s+){0,3}?" + EN_TROOPS + "\\b"
                            + "|\\btraining\\s+(?:of|for)\\s+(?:\\p{L}+\\s+){0,2}?" + EN_TROOPS + "\\b",
                    "\\b(?:intelligence|information)\\s+(?:sharing|exchange)\\b|\\bshar(?:e|es|ed|ing)\\s+(?:of\\s+)?intelligence\\b",
                    "\\barms\\s+(?:sales?|deals?|deliveries|shipments|transfers?|package)\\b|\\b(?:sells?|sell|sold|sale\\s+of|deliver(?:s|ed)?|delivery\\s+of|supplied|supply\\s+of)\\s+(?:[\\p{L}\\d,.-]+\\s+){0,4}?" + EN_WEAPONS + "\\b",
                    "\\b(?:technology|technologies|know-how)\\s+transfers?\\b|\\btransfer\\s+of\\s+(?:\\p{L}+\\s+)?(?:technology|technologies)\\b|\\btechnology\\s+(?:exchange|sharing)\\b"),
            Pattern.compile("\\b(?:military|defen[cs]e|armed\\s+forces|Pentagon|army|navy|troops|weapons|arms|security|intelligence|missiles?)\\b", CI),
            Pattern.compile("\\b(?:met|meets|meeting|talks|visited|visits|hosted|hosts)\\b", CI),
            Pattern.compile("\\b(?:could|might|may|can|likely|potential(?:ly)?|possible|possibly|if|whether|unless|consider(?:s|ing)?|hopes?|recommend\\w*|should|would\\s+like|ready|offer(?:s|ed)?"
                    + "|allows?|allowing|lets|enabl\\w*|permit\\w*|eligib\\w*|access|privileges?|benefits?|advantages?|pave\\w*\\s+the\\s+way|opens?\\s+the\\s+(?:way|door)|eas(?:e|es|ier)|facilitat\\w*|would\\s+(?:make|mean|strengthen|deepen)"
                    + "|wants?|wanted|seek(?:s|ing)?|fear\\w*|worr\\w*|expected|studies|studied|under\\s+consideration|thought\\s+to|embargo|ban\\s+on|reported(?:ly)?"
                    // forbidden, feared, or what money is to buy: "the constitution forbids Japan to send weapons"
                    + "|forbid\\w*|prohibit\\w*|bars?|barred|eventual(?:ly)?)\\b", CI),
            Pattern.compile("\\b(?:not|no|never|without|refused|ended|ends|ending|cancel(?:l?ed|s)?|suspend(?:ed|s)?|halted|froze|cut\\s+off|terminat\\w+"
                    + "|reservations|concerns\\s+(?:about|over)|opposition\\s+to|opposed|opposes)\\b|n['’]t\\b", CI));

    static final CooperationLexicon FRENCH = new CooperationLexicon("fr",
            kinds("\\baccords?\\s+(?:de\\s+|bilatéra\\p{L}*\\s+de\\s+)?(?:coopération\\s+)?(?:en\\s+matière\\s+de\\s+)?(?:défense|sécurité|militaires?)\\b|\\bpacte\\s+de\\s+(?:défense|sécurité)\\b",
                    "\\b(?:manœuvres|manoeuvres|exercices?)\\s+(?:militaires?\\s+)?(?:conjoint\\p{L}*|commun\\p{L}*|navals?|militaires?)\\b",
                    "\\bformation\\s+(?:de\\s+l['’]armée|des\\s+(?:forces|militaires|soldats|officiers|troupes|pilotes|policiers)|militaire)\\b|\\bentraînement\\s+(?:militaire|des\\s+troupes|des\\s+forces)\\b",
                    "\\b(?:partage|échange)s?\\s+(?:de\\s+|d['’])(?:renseignements?|informations)\\b",
                    "\\b(?:ventes?|livraisons?)\\s+d['’]armes\\b|\\bdons?\\s+(?:de\\s+|d['’])(?:matériels?|équipements?)\\s+militaires?\\b|\\b(?:livr|vend|fourn|envo|cèd|céd|remet|remis|offr|recevr|reçu)\\p{L}*\\s+(?:[\\p{L}\\d'’-]+\\s+){0,5}?(?:avions\\s+de\\s+(?:combat|chasse)|Rafale|Mirage|hélicoptères|chars|blindés|véhicules\\s+blindés|missiles|armes|armement|drones|frégates|sous-marins|canons|obus|munitions|mortiers|fusils|vedettes|patrouilleurs|moyens\\s+antichars|(?:matériels?|équipements?)\\s+militaires?)\\b",
                    "\\b(?:transfert|échange)s?\\s+de\\s+technologies?\\b"),
            Pattern.compile("\\b(?:militaires?|défense|armée|forces\\s+armées|Pentagone|armes|sécurité|renseignements?|(?:anti-?)?terroris\\p{L}*)\\b", CI),
            Pattern.compile("\\b(?:réunion|rencontre|rencontré|entretien|visite|s['’]est\\s+entretenu|a\\s+reçu|ont\\s+rencontré)\\b", CI),
            Pattern.compile("\\b(?:pourrait|pourraient|pourra|peut|peuvent|probablement|potentiel\\p{L}*|possible|si|envisag\\p{L}*|espère|recommand\\p{L}*|devrait\\s+envisager"
                    + "|permet\\p{L}*|permettr\\p{L}*|ouvre\\s+la\\s+voie|ouvrir\\s+la\\s+voie|facilit\\p{L}*|accès|privilèges?|avantages?|éligible\\p{L}*"
                    + "|éventuel\\p{L}*|redout\\p{L}*|craint\\p{L}*|interdi\\p{L}*|servir\\p{L}*\\s+à|servira)\\b", CI),
            Pattern.compile("\\b(?:ne|n['’]|pas|jamais|sans|refus\\p{L}*|mis\\s+fin|suspend\\p{L}*|annul\\p{L}*|rompu|réticences|réserves|opposition\\s+à|opposée?s?\\s+à)\\b", CI));

    static final CooperationLexicon SPANISH = new CooperationLexicon("es",
            kinds("\\b(?:acuerdo|convenio|pacto|memorando)s?\\s+(?:de\\s+|bilateral\\s+de\\s+)?(?:cooperación\\s+)?(?:en\\s+(?:materia\\s+de\\s+)?)?(?:defensa|seguridad|militar)\\b",
                    "\\b(?:ejercicios?|maniobras)\\s+(?:militares\\s+)?(?:conjunt\\p{L}*|navales|militares|combinad\\p{L}*)\\b",
                    "\\b(?:entrenamiento|capacitación|formación|adiestramiento|instrucción)\\s+(?:militar|de\\s+(?:tropas|militares|soldados|oficiales|las\\s+fuerzas|pilotos|policías|efectivos))\\b|\\bentrenar\\s+a\\s+(?:las\\s+)?(?:fuerzas|tropas|militares|soldados|pilotos)\\b",
                    "\\bintercambio\\s+de\\s+(?:inteligencia|información)\\b|\\bcompartir\\s+(?:inteligencia|información)\\b",
                    "\\b(?:ventas?|entregas?)\\s+de\\s+armas\\b|\\bdonaci(?:ón|ones)\\s+de\\s+(?:material(?:es)?|equipos?|equipamiento)\\s+(?:militar(?:es)?|bélicos?)\\b|\\b(?:vend|entreg|suministr|don|envi|cedi|recib)\\p{L}*\\s+(?:[\\p{L}\\d$.,]+\\s+){0,6}?(?:aviones\\s+de\\s+combate|cazas|helicópteros|tanques|misiles|armas|armamento|drones|blindados|vehículos\\s+blindados|municiones|fusiles|lanchas|patrulleras|cañones|morteros|(?:equipos?|material(?:es)?)\\s+(?:\\p{L}+\\s+(?:y|e)\\s+\\p{L}+\\s+)?(?:bélicos?|militar(?:es)?))\\b",
                    "\\b(?:transferencia|intercambio)s?\\s+de\\s+tecnología\\b"),
            Pattern.compile("\\b(?:militar\\p{L}*|defensa|ejército|fuerzas\\s+armadas|Pentágono|armas|seguridad|inteligencia(?!\\s+artificial)|(?:anti-?)?terroris\\p{L}*)\\b", CI),
            Pattern.compile("\\b(?:reunión|se\\s+reunió|se\\s+reunieron|encuentro|visita|visitó|recibió)\\b", CI),
            Pattern.compile("\\b(?:podría|podrían|podrá|podrán|puede|pueden|probablemente|potencial\\p{L}*|posible|si|considera\\p{L}*|espera|recomiend\\p{L}*|debería"
                    + "|permit\\p{L}*|facilit\\p{L}*|acceso|privilegios?|ventajas?|abre\\s+la\\s+puerta|elegible\\p{L}*"
                    + "|eventual\\p{L}*|tem(?:e|en|ía|ían)|prohíbe\\p{L}*|prohib\\p{L}*|servir\\p{L}*\\s+para|servirá|se\\s+dedicar\\p{L}*\\s+a)\\b", CI),
            Pattern.compile("\\b(?:no|nunca|sin|rechaz\\p{L}*|suspend\\p{L}*|cancel\\p{L}*|puso\\s+fin|reservas|reticencias|oposición\\s+a|se\\s+opone)\\b", CI));

    static final CooperationLexicon PORTUGUESE = new CooperationLexicon("pt",
            kinds("\\b(?:acordo|pacto|memorando)s?\\s+(?:de\\s+|bilateral\\s+de\\s+)?(?:cooperação\\s+)?(?:em\\s+(?:matéria\\s+de\\s+)?)?(?:defesa|segurança|militar)\\b",
                    "\\b(?:exercícios?|manobras)\\s+(?:militares\\s+)?(?:conjunt\\p{L}*|navais|militares|combinad\\p{L}*)\\b",
                    "\\b(?:treinamento|treino|formação|capacitação|instrução)\\s+(?:militar|de\\s+(?:tropas|militares|soldados|oficiais|pilotos|policiais)|das\\s+forças)\\b|\\btreinar\\s+(?:as\\s+)?(?:forças|tropas|militares|soldados|pilotos)\\b",
                    "\\b(?:intercâmbio|troca|compartilhamento|partilha)\\s+de\\s+(?:inteligência|informações)\\b",
                    "\\b(?:vendas?|entregas?)\\s+de\\s+armas\\b|\\bdoaç(?:ão|ões)\\s+de\\s+(?:material|materiais|equipamentos?)\\s+(?:militar(?:es)?|bélicos?)\\b|\\b(?:(?:vend|entreg|fornec|do(?:a|ou|ará|aram)|envi|ced|receb)\\p{L}*|chegaram|chegam|chegarão)\\s+(?:[\\p{L}\\d$.,-]+\\s+){0,6}?(?:caças|aviões\\s+de\\s+combate|helicópteros|tanques|carros\\s+de\\s+combate|mísseis|armas|armamento|drones|blindados|veículos\\s+blindados|munições|fuzis|espingardas|lanchas|navios|canhões|morteiros|(?:equipamentos?|material|materiais)\\s+(?:de\\s+\\p{L}+\\s+)?(?:bélicos?|militar(?:es)?))\\b",
                    "\\b(?:transferência|intercâmbio|troca)s?\\s+de\\s+tecnologia\\b"),
            Pattern.compile("\\b(?:militar\\p{L}*|defesa|exército|forças\\s+armadas|Pentágono|armas|segurança|inteligência(?!\\s+artificial)|(?:anti-?)?terroris\\p{L}*)\\b", CI),
            Pattern.compile("\\b(?:reunião|reuniu|reuniram|encontro|encontrou|visita|visitou|recebeu)\\b", CI),
            Pattern.compile("\\b(?:poderia|poderiam|poderá|poderão|pode|podem|provavelmente|potencial\\p{L}*|possível|considera\\p{L}*|espera|recomend\\p{L}*|deveria"
                    + "|permit\\p{L}*|facilit\\p{L}*|acesso|privilégios?|vantagens?|abre\\s+caminho|elegível"
                    + "|eventua\\p{L}*|tem(?:e|em|ia|iam)|proíbe\\p{L}*|proib\\p{L}*|servir\\p{L}*\\s+para|servirá)\\b", CI),
            Pattern.compile("\\b(?:não|nunca|sem|rejeit\\p{L}*|suspend\\p{L}*|suspens\\p{L}*|cancel\\p{L}*|encerr\\p{L}*|reservas|ressalvas|oposição\\s+a|se\\s+opõe)\\b", CI));

    static final CooperationLexicon GERMAN = new CooperationLexicon("de",
            kinds("\\b(?:Verteidigungs|Sicherheits|Militär|Rüstungs)(?:kooperations)?(?:abkommen|pakt|vertrag|vereinbarung)\\p{L}*\\b|\\bAbkommen\\s+über\\s+(?:die\\s+)?(?:militärische|Verteidigungs)\\p{L}*"
                    // "ein Abkommen über Sicherheitsunterstützung", "ein Abkommen zur gemeinsamen Verteidigung"
                    + "|\\b(?:Abkommen|Vereinbarung|Vertrag|Pakt)\\s+(?:über|zur|zum)\\s+(?:die\\s+|eine\\s+)?(?:gemeinsame[nr]?\\s+|militärische[nr]?\\s+)?(?:Verteidigung|Sicherheit|Militär|Rüstung)\\p{L}*",
                    "\\b(?:Militär|Marine|Luftwaffen)(?:übung|manöver)\\p{L}*|\\bgemeinsame[nm]?\\s+(?:Militär)?(?:übung|manöver)\\p{L}*|\\bManöver\\p{L}*\\b",
                    "\\b(?:Ausbildung|Training)\\s+(?:von\\s+|der\\s+|für\\s+)?(?:\\p{L}+\\s+)?(?:Soldaten|Streitkräfte\\p{L}*|Truppen|Offizier\\p{L}*|Pilot\\p{L}*|Armee|Polizist\\p{L}*)\\b|\\bMilitärausbildung\\b|\\bmilitärische\\p{L}*\\s+Ausbildung\\b|\\bbilde\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}?(?:Soldaten|Truppen|Piloten)\\s+aus\\b",
                    "\\b(?:Geheimdienst|Nachrichtendienst)\\p{L}*(?:austausch|kooperation)\\b|\\bAustausch\\s+von\\s+(?:Geheimdienst)?(?:informationen|Erkenntnissen)\\b|\\bnachrichtendienstliche\\p{L}*\\s+Zusammenarbeit\\b",
                    "\\b(?:Waffenlieferung|Rüstungsexport|Waffenexport|Waffenverkäuf|Waffenverkauf|Rüstungslieferung)\\p{L}*\\b|\\b(?:liefer|verkauf|übergeb|übergab|überlass|überließ|spend|schenk)\\p{L}*\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?[\\p{L}-]*(?:Kampfjets|Jets|Hubschrauber|Panzer|Raketen|Waffen|Drohnen|Munition|Haubitzen|Flugabwehrsystem\\p{L}*|Fregatten|U-Boote|Militärausrüstung|Rüstungsgüter|Rüstungsmaterial|Gewehre|Patrouillenboote|Mörser)\\b|\\b(?:Übergabe|Lieferung|Schenkung)\\s+(?:von\\s+)?[\\p{L}-]*(?:Militärausrüstung|Rüstungsgüter\\p{L}*|Rüstungsmaterial\\p{L}*|Waffen|Panzer\\p{L}*|Fahrzeugen)\\b",
                    "\\bTechnologietransfer\\p{L}*\\b|\\bTransfer\\s+von\\s+(?:\\p{L}+\\s+)?Technologie\\p{L}*\\b|\\bAustausch\\s+von\\s+(?:Militär)?technologie\\p{L}*\\b"),
            Pattern.compile("\\b(?:Militär\\p{L}*|militärisch\\p{L}*|Verteidigung\\p{L}*|Armee|Streitkräfte|Pentagon|Waffen\\p{L}*|Rüstung\\p{L}*|Sicherheit\\p{L}*|Bundeswehr|Geheimdienst\\p{L}*|Nachrichtendienst\\p{L}*|(?:Anti-?)?Terror\\p{L}*)\\b", CI),
            Pattern.compile("\\b(?:Treffen|traf|trafen|Gespräch|Gespräche|Gesprächen|Besuch|besuchte|empfing)\\b", CI),
            Pattern.compile("\\b(?:könnte|könnten|kann|können|wahrscheinlich|möglicherweise|potenziell\\p{L}*|möglich\\p{L}*|falls|wenn|ob|erwägt|hofft|empfiehlt|sollte"
                    + "|ermöglich\\p{L}*|erlaubt|erleichter\\p{L}*|Zugang|Vorteile?|Privilegien|eröffne\\p{L}*|verbiet\\p{L}*|verbot\\p{L}*|untersag\\p{L}*|befürcht\\p{L}*|etwaig\\p{L}*)\\b", CI),
            Pattern.compile("\\b(?:nicht|kein\\p{L}*|nie|ohne|beendet\\p{L}*|ausgesetzt|abgesagt|stoppt\\p{L}*|eingefroren|Bedenken|Vorbehalte|lehnt\\p{L}*|Stopp)\\b", CI));

    /** Who holds a defence post, the words that make a meeting a defence meeting. */
    static Pattern defenceOfficial(String lang) {
        return switch (lang == null ? "en" : lang) {
            case "fr" -> Pattern.compile("\\b(?:ministres?\\s+(?:\\p{L}+\\s+)?de\\s+la\\s+Défense|secrétaire\\s+(?:américain\\s+)?à\\s+la\\s+Défense|Pentagone|chefs?\\s+d['’]état-major|ministère\\s+(?:\\p{L}+\\s+)?de\\s+la\\s+Défense)\\b", CI);
            case "es" -> Pattern.compile("\\b(?:ministr[oa]s?\\s+de\\s+Defensa|secretari[oa]\\s+de\\s+Defensa|Pentágono|jefes?\\s+del\\s+(?:Estado\\s+Mayor|Comando)|Comando\\s+Sur)\\b", CI);
            case "pt" -> Pattern.compile("\\b(?:ministr[oa]s?\\s+da\\s+Defesa|secretári[oa]\\s+de\\s+Defesa|Pentágono|chefes?\\s+do\\s+Estado-Maior|Comando\\s+Sul)\\b", CI);
            case "de" -> Pattern.compile("\\b(?:Verteidigungsminister\\p{L}*|Pentagon|Generalstabschef\\p{L}*|Verteidigungsministerium\\p{L}*|Armeechef\\p{L}*)\\b", CI);
            default -> Pattern.compile("\\b(?:defen[cs]e\\s+(?:minister|secretary|chiefs?|officials?|ministers|ministry)|Secretary\\s+of\\s+(?:Defen[cs]e|War)|Pentagon|(?:army|military|navy)\\s+(?:chiefs?|commanders?)|Joint\\s+Chiefs|Southern\\s+Command|SOUTHCOM)\\b", CI);
        };
    }
}

package io.allywatch.engine.designation;

import io.allywatch.engine.lang.PerLanguage;
import static io.allywatch.contract.DesignationStage.DESIGNATED;
import static io.allywatch.contract.DesignationStage.INTENDED;
import static io.allywatch.contract.DesignationStage.PROPOSED;
import static io.allywatch.contract.DesignationStage.REVOKED;

import io.allywatch.contract.DesignationStage;
import io.allywatch.engine.designation.StageCue.Slot;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words one language uses to speak of Major Non-NATO Ally designations: how it names the
 * status, refers back to it, tells the stage, takes a claim back, and what may stand between a
 * cue and its country. The rules that use them ({@link DesignationExtractor}) are the same for
 * every language.
 *
 * @param joinVerb "Peru would join [Argentina, Colombia, and Brazil] as countries with the
 *                 designation": the listed countries already hold the status, whatever the hedge
 *                 on the one joining them. The verb that opens such a list (null: not written yet)
 * @param joinEnd  the word that closes the list
 */
record DesignationLexicon(
        String lang,
        Pattern joinVerb,
        Pattern joinEnd,
        Pattern explicit,
        Pattern anaphor,
        List<StageCue> cues,
        Pattern negation,
        Pattern hedge,
        Set<String> filler,
        Pattern listGap,
        Pattern toRecipient) {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String DASH = "[\\s\\u00A0\\u2010\\u2011\\u2012\\u2013-]";
    private static final String APOS = "['’]";
    /** "MNNA" and the English wording are used as loans in every language. */
    private static final String ENGLISH_STATUS = "(?:\\bmajor" + DASH + "+)?\\bnon" + DASH + "*nato" + DASH + "+all(?:y|ies)\\b(?:" + DASH + "+status\\b)?";
    private static final String MNNA = "(?-i:\\bMNNAs?\\b)";

    static DesignationLexicon forLanguage(String lang) {
        return PerLanguage.pick(lang, ENGLISH, FRENCH, SPANISH, PORTUGUESE, GERMAN);
    }

    static final DesignationLexicon ENGLISH = new DesignationLexicon("en",
            Pattern.compile("\\bjoin(?:s|ed|ing)?\\s+", CI),
            Pattern.compile("\\s*,?\\s*(?:as|among)\\b", CI),
            MnnaTriggers.EXPLICIT, MnnaTriggers.ANAPHOR, StageCue.ALL,
            Pattern.compile("(?i)\\b(?:not|no|never|neither|nor|without|denied|denies|deny|denying|rejected|rejects|reject|refused|refuses|refuse"
                    + "|declined|declines|unlikely|opposes|opposed|dismissed|against|cannot)\\b|n['’]t\\b"),
            Pattern.compile("(?i)\\b(?:could|might|(?-i:may)|would|should|if|whether|unless|perhaps|possibly|potentially|consider|considers|considering"
                    + "|considered|mulling|mulls|weighing|weighs|hopes?|hoped|hoping|wants?|wanted|wanting|seeks?|seeking|sought"
                    + "|asked|asks|asking|wish|wishes|aspires?|eligible|rumou?red|speculat\\w*)\\b"),
            Set.of("as", "a", "an", "the", "its", "their", "to", "that", "those", "of", "and", "or", "both", "status", "special",
                    "strategic", "new", "coveted", "formally", "officially", "government", "governments", "republic", "kingdom",
                    "state", "nation", "country", "designation", "s", "is", "are", "was", "were", "has", "have", "had", "also", "now", "already",
                    "itself", "then", "later", "finally", "eventually", "thus", "in", "since", "on", "one", "another", "fellow"),
            Pattern.compile("\\s*(?:(?:in|since|during)\\s+(?:\\p{L}+\\s+)?\\d{4}\\s*)?(?:,\\s*(?:and\\s+)?|,?\\s*and\\s+|,?\\s*as\\s+well\\s+as\\s+|\\s*&\\s*)"),
            Pattern.compile("\\s*,?\\s*to\\s+(?:the\\s+)?"));

    static final DesignationLexicon FRENCH = new DesignationLexicon("fr",
            Pattern.compile("\\b(?:rejoindr\\p{L}*|rejoint)\\s+(?:l['’]\\s*|la\\s+|le\\s+|les\\s+)?", CI),
            Pattern.compile("\\s*,?\\s*(?:comme|parmi|en\\s+tant\\s+que)\\b", CI),
            Pattern.compile("(?:\\b(?:principal|majeur|important|grand)s?\\s+)?\\balli[ée]e?s?\\s+(?:majeure?s?\\s+|principale?s?\\s+|privil[ée]gi[ée]e?s?\\s+|stratégiques?\\s+)?"
                    + "(?:non" + DASH + "+membres?\\s+de\\s+l" + APOS + "\\s*OTAN|hors" + DASH + "+OTAN|non" + DASH + "*OTAN|extra" + DASH + "*OTAN"
                    + "|en\\s+dehors\\s+de\\s+l" + APOS + "\\s*OTAN)|" + ENGLISH_STATUS + "|" + MNNA, CI),
            Pattern.compile("\\b(?:ce|cet|le|ce\\s+même|le\\s+même|même|un\\s+tel|ce\\s+nouveau)\\s+(?:statut|titre)\\b|\\b(?:cette|la)\\s+(?:désignation|distinction)\\b", CI),
            List.of(
                    cue("fr-bill", PROPOSED, Slot.OBJECT, false, false,
                            "\\b(?:projet|proposition)s?\\s+de\\s+loi\\b[^.;:]{0,60}?\\b(?:désigner|désignant|accorder|accordant|reconnaître)\\b"),
                    cue("fr-calls", PROPOSED, Slot.OBJECT, false, false,
                            "\\b(?:appel(?:le|lent|é|ait)|exhort(?:e|ent|é)|demand(?:e|ent|é|ait)|pouss(?:e|ent|é)|propos(?:e|ent|é))\\b[^.;:]{0,40}?\\b(?:à|de|d['’])\\s*(?:désigner|accorder|nommer)\\b"),
                    cue("fr-revoked-passive", REVOKED, Slot.SUBJECT, false, false,
                            "\\b(?:a|ont|avait)\\s+été\\s+(?:révoqu|retir|annul|suspend)\\p{L}*"),
                    cue("fr-revoke", REVOKED, Slot.OBJECT, false, true,
                            "\\b(?:révoqu(?:e|é|ait|er)|retir(?:e|é|ait|er)|annul(?:e|é|er)|a\\s+révoqué|a\\s+retiré|a\\s+annulé)\\b"),
                    cue("fr-intends", INTENDED, Slot.OBJECT, false, true,
                            "\\b(?:a\\s+l['’]intention|(?:son|sa|leur)\\s+intention|entend(?:ent)?|compte(?:nt)?|prévoi(?:t|ent)|va|vont|s['’]apprête(?:nt)?\\s+à|veut|veulent|a\\s+décidé|ont\\s+décidé|décide"
                                    + "|a\\s+annoncé|annonce|annoncé|promis|s['’]est\\s+engagé|devrait|doit|devait)\\s+(?:de\\s+|d['’]|à\\s+)?(?:officiellement\\s+|formellement\\s+)?"
                                    + "(?:désigner|nommer|accorder|élever|conférer|faire|reconnaître)\\b"),
                    cue("fr-will", INTENDED, Slot.OBJECT, false, true, "\\b(?:désignera|désigneront|accordera|accorderont|élèvera|conférera|nommera)\\b"),
                    cue("fr-to-be", INTENDED, Slot.SUBJECT, false, true,
                            "\\b(?:sera|seront|va\\s+être|doit\\s+être|devrait\\s+être)\\s+(?:officiellement\\s+|formellement\\s+)?(?:désigné|désignée|nommé|nommée|élevé|élevée|reconnu|reconnue)e?s?\\b"),
                    cue("fr-will-become", INTENDED, Slot.SUBJECT, false, false, "\\b(?:deviendra|deviendront|va\\s+devenir|doit\\s+devenir|devrait\\s+devenir)\\b"),
                    cue("fr-was-designated", DESIGNATED, Slot.SUBJECT, false, true,
                            "\\b(?:a|ont|avait|avaient|est|sont|fut)\\s+(?:été\\s+)?(?:officiellement\\s+|formellement\\s+|déjà\\s+)?(?:désigné|nommé|élevé|reconnu|promu)e?s?\\b"),
                    cue("fr-became", DESIGNATED, Slot.SUBJECT, false, false,
                            "\\b(?:est\\s+devenue?|sont\\s+devenus|devint|devenu|devenue|a\\s+obtenu|ont\\s+obtenu|obtint|obtenu|a\\s+reçu|a\\s+acquis|a\\s+gagné|bénéficie|bénéficient|jouit|jouissent|détient|possède)\\b"),
                    cue("fr-has-designated", DESIGNATED, Slot.OBJECT, false, true,
                            "\\b(?:a|ont|avait)\\s+(?:officiellement\\s+|formellement\\s+)?(?:désigné|élevé|accordé|conféré|nommé|reconnu|octroyé)\\b"),
                    cue("fr-designated", DESIGNATED, Slot.OBJECT, false, true,
                            "\\b(?:désigne|désignait|désigna|accorde|accorda|élève|éleva|confère|octroie|octroya)\\b"),
                    cue("fr-to-designate", INTENDED, Slot.OBJECT, true, true, "\\b(?:va|pour)\\s+(?:désigner|nommer|accorder)\\b")),
            Pattern.compile("\\b(?:ne|n['’]|pas|jamais|aucune?|ni|sans|refus\\p{L}*|rejet\\p{L}*|dément\\p{L}*|dément|nie|nié|exclu\\p{L}*)\\b", CI),
            Pattern.compile("\\b(?:pourrait|pourraient|pourra|pourront|si|s['’]il|éventuel\\p{L}*|envisag\\p{L}*|peut-être|souhait\\p{L}*|espèr\\p{L}*|espér\\p{L}*|aimerait"
                    + "|candidat\\p{L}*|rumeur\\p{L}*|hypoth\\p{L}*|possibilité|possible)\\b", CI),
            Set.of("le", "la", "les", "l", "un", "une", "des", "de", "d", "du", "au", "aux", "comme", "en", "tant", "qu", "que", "statut", "rang", "titre",
                    "officiellement", "formellement", "gouvernement", "république", "royaume", "pays", "état", "désignation", "a", "ont", "été", "est",
                    "aussi", "également", "déjà", "désormais", "ainsi", "et", "ou", "son", "sa", "leur", "nouveau", "nouvel", "nouvelle", "stratégique"),
            Pattern.compile("\\s*(?:(?:en|depuis)\\s+\\d{4}\\s*)?(?:,\\s*(?:et\\s+)?|,?\\s*et\\s+|,?\\s*ainsi\\s+que\\s+)"),
            Pattern.compile("\\s*,?\\s*(?:à\\s+la\\s+|à\\s+l['’]\\s*|au\\s+|aux\\s+|à\\s+)"));

    static final DesignationLexicon SPANISH = new DesignationLexicon("es",
            Pattern.compile("\\b(?:unir\\p{L}*|uniría\\p{L}*|sumar\\p{L}*|sumaría\\p{L}*)\\s+a\\s+", CI),
            Pattern.compile("\\s*,?\\s*(?:como|entre)\\b", CI),
            Pattern.compile("(?:\\b(?:principal|importante|gran)(?:es)?\\s+)?\\baliad[oa]s?\\s+(?:principal(?:es)?\\s+|preferente\\s+|preferencial\\s+|importante\\s+|estratégic[oa]s?\\s+|extra\\s+)?"
                    + "(?:extra" + DASH + "*OTAN|no" + DASH + "+miembros?\\s+de\\s+la\\s+OTAN|fuera\\s+de\\s+la\\s+OTAN|no" + DASH + "*OTAN|ajen[oa]s?\\s+a\\s+la\\s+OTAN)"
                    + "|" + ENGLISH_STATUS + "|" + MNNA, CI),
            Pattern.compile("\\b(?:este|ese|el|dicho|mismo|el\\s+mismo|tal)\\s+(?:estatus|status|estatuto)\\b|\\b(?:esta|esa|la|dicha|tal)\\s+(?:designación|condición|categoría|distinción)\\b", CI),
            List.of(
                    cue("es-bill", PROPOSED, Slot.OBJECT, false, false,
                            "\\b(?:proyecto\\s+de\\s+ley|propuesta|resolución|iniciativa)s?\\b[^.;:]{0,60}?\\b(?:designar|designa|otorgar|otorga|conceder|nombrar|reconocer)\\b"),
                    cue("es-calls", PROPOSED, Slot.OBJECT, false, false,
                            "\\b(?:pid(?:e|en|ió|ieron)|inst(?:a|an|ó)|exhort(?:a|ó)|reclam(?:a|ó)|propus(?:o|ieron)|propone(?:n)?)\\b[^.;:]{0,40}?\\b(?:(?:a|que)\\s+)?(?:designar|otorgar|conceder|nombrar|designe|otorgue|conceda)\\b"),
                    cue("es-revoked-passive", REVOKED, Slot.SUBJECT, false, false,
                            "\\b(?:fue|ha\\s+sido|había\\s+sido)\\s+(?:revocad|retirad|anulad|suspendid)[oa]s?\\b"),
                    cue("es-revoke", REVOKED, Slot.OBJECT, false, true,
                            "\\b(?:revoc(?:ó|a|ar)|retir(?:ó|a|ar)|anul(?:ó|a|ar)|ha\\s+revocado|ha\\s+retirado)\\b"),
                    cue("es-intends", INTENDED, Slot.OBJECT, false, true,
                            "\\b(?:tiene\\s+la\\s+intención\\s+de|pretende(?:n)?|planea(?:n)?|prevé(?:n)?|piensa(?:n)?|va\\s+a|van\\s+a|se\\s+dispone\\s+a|decidió|ha\\s+decidido|anunció\\s+que\\s+va\\s+a"
                                    + "|prometió|se\\s+comprometió\\s+a|quiere(?:n)?)\\s+(?:formalmente\\s+|oficialmente\\s+)?"
                                    + "(?:designar|nombrar|otorgar|conceder|elevar|declarar|reconocer)\\b"),
                    cue("es-will", INTENDED, Slot.OBJECT, false, true, "\\b(?:designará|designarán|otorgará|otorgarán|concederá|nombrará|elevará|declarará)\\b"),
                    cue("es-to-be", INTENDED, Slot.SUBJECT, false, true,
                            "\\b(?:será|serán|va\\s+a\\s+ser)\\s+(?:formalmente\\s+|oficialmente\\s+)?(?:designad|nombrad|elevad|reconocid|declarad)[oa]s?\\b"),
                    cue("es-will-become", INTENDED, Slot.SUBJECT, false, false, "\\b(?:se\\s+convertirá|se\\s+convertirán|va\\s+a\\s+convertirse|pasará\\s+a\\s+ser)\\b"),
                    cue("es-was-designated", DESIGNATED, Slot.SUBJECT, false, true,
                            "\\b(?:fue|fueron|ha\\s+sido|han\\s+sido|había\\s+sido|es|son)\\s+(?:formalmente\\s+|oficialmente\\s+|ya\\s+)?(?:designad|nombrad|elevad|reconocid|declarad)[oa]s?\\b"),
                    cue("es-became", DESIGNATED, Slot.SUBJECT, false, false,
                            "\\b(?:se\\s+convirtió|se\\s+ha\\s+convertido|obtuvo|ha\\s+obtenido|recibió|adquirió|ganó|logró|consiguió|goza|ostenta|tiene\\s+el\\s+estatus)\\b"),
                    cue("es-has-designated", DESIGNATED, Slot.OBJECT, false, true,
                            "\\b(?:ha|han|había)\\s+(?:formalmente\\s+|oficialmente\\s+)?(?:designado|otorgado|concedido|elevado|nombrado|reconocido|declarado)\\b"),
                    cue("es-designated", DESIGNATED, Slot.OBJECT, false, true,
                            "\\b(?:designó|designa|otorgó|otorga|concedió|concede|elevó|eleva|nombró|declaró)\\b"),
                    cue("es-to-designate", INTENDED, Slot.OBJECT, true, true, "\\b(?:para)\\s+(?:designar|nombrar|otorgar)\\b")),
            Pattern.compile("\\b(?:no(?!" + DASH + "*(?:miembro|OTAN))|nunca|jamás|ni|sin|rechaz\\p{L}*|neg\\p{L}*|desmint\\p{L}*|desmient\\p{L}*|descart\\p{L}*)\\b", CI),
            Pattern.compile("\\b(?:podría|podrían|podrá|podrán|si|quizás?|tal\\s+vez|eventual\\p{L}*|consider\\p{L}*|estudi\\p{L}*|evalú\\p{L}*|esper\\p{L}*|dese\\p{L}*|busc\\p{L}*|aspir\\p{L}*"
                    + "|candidat\\p{L}*|rumor\\p{L}*|posibilidad|posible)\\b", CI),
            Set.of("a", "al", "el", "la", "los", "las", "un", "una", "de", "del", "como", "en", "calidad", "estatus", "status", "condición", "categoría",
                    "formalmente", "oficialmente", "gobierno", "república", "reino", "país", "estado", "designación", "ha", "han", "sido", "es", "fue",
                    "también", "ya", "ahora", "así", "y", "e", "o", "su", "sus", "nuevo", "nueva", "estratégico", "lo", "le"),
            Pattern.compile("\\s*(?:(?:en|desde)\\s+\\d{4}\\s*)?(?:,\\s*(?:y\\s+)?|,?\\s*y\\s+|,?\\s*e\\s+|,?\\s*así\\s+como\\s+)"),
            Pattern.compile("\\s*,?\\s*(?:a\\s+la\\s+|al\\s+|a\\s+)"));

    static final DesignationLexicon PORTUGUESE = new DesignationLexicon("pt",
            Pattern.compile("\\b(?:juntar\\p{L}*|juntaria\\p{L}*|unir\\p{L}*)\\s+(?:à|ao|a|aos|às)\\s+", CI),
            Pattern.compile("\\s*,?\\s*(?:como|entre)\\b", CI),
            Pattern.compile("(?:\\b(?:principal|importante|grande)s?\\s+)?\\baliad[oa]s?\\s+(?:principal\\s+|preferencia(?:l|is)\\s+|prioritári[oa]s?\\s+|importantes?\\s+|estratégic[oa]s?\\s+|extra\\s+)?"
                    + "(?:extra" + DASH + "*OTAN|fora\\s+da\\s+OTAN|não" + DASH + "+membros?\\s+da\\s+OTAN|não" + DASH + "*OTAN)"
                    + "|" + ENGLISH_STATUS + "|" + MNNA, CI),
            Pattern.compile("\\b(?:este|esse|o|mesmo|o\\s+mesmo|tal)\\s+(?:status|estatuto|título)\\b|\\b(?:esta|essa|a|tal)\\s+(?:designação|condição|categoria|distinção)\\b", CI),
            List.of(
                    cue("pt-bill", PROPOSED, Slot.OBJECT, false, false,
                            "\\b(?:projeto\\s+de\\s+lei|proposta|resolução|iniciativa)s?\\b[^.;:]{0,60}?\\b(?:designar|designa|conceder|concede|nomear|reconhecer)\\b"),
                    cue("pt-calls", PROPOSED, Slot.OBJECT, false, false,
                            "\\b(?:ped(?:e|em|iu|iram)|defend(?:e|em|eu)|propôs|propõe(?:m)?|insist(?:e|iu))\\b[^.;:]{0,40}?\\b(?:a|que|para)\\s+(?:designar|conceder|nomear|designe|conceda)\\b"),
                    cue("pt-revoked-passive", REVOKED, Slot.SUBJECT, false, false,
                            "\\b(?:foi|foram|tinha\\s+sido)\\s+(?:revogad|retirad|cancelad|suspens)[oa]s?\\b"),
                    cue("pt-revoke", REVOKED, Slot.OBJECT, false, true,
                            "\\b(?:revog(?:ou|a|ar)|retir(?:ou|a|ar)|cancel(?:ou|a|ar))\\b"),
                    cue("pt-intends", INTENDED, Slot.OBJECT, false, true,
                            "\\b(?:pretende(?:m)?|planeja(?:m)?|planeia(?:m)?|vai|vão|deve(?:m)?|tem\\s+a\\s+intenção\\s+de|decidiu|anunciou\\s+que\\s+vai|prepara-se\\s+para"
                                    + "|prometeu|quer(?:em)?)\\s+(?:formalmente\\s+|oficialmente\\s+)?"
                                    + "(?:designar|nomear|conceder|elevar|declarar|reconhecer|tornar)\\b"),
                    cue("pt-will", INTENDED, Slot.OBJECT, false, true, "\\b(?:designará|designarão|concederá|nomeará|elevará|declarará)\\b"),
                    cue("pt-to-be", INTENDED, Slot.SUBJECT, false, true,
                            "\\b(?:será|serão|vai\\s+ser|deve\\s+ser)\\s+(?:formalmente\\s+|oficialmente\\s+)?(?:designad|nomead|elevad|reconhecid|declarad)[oa]s?\\b"),
                    cue("pt-will-become", INTENDED, Slot.SUBJECT, false, false, "\\b(?:se\\s+tornará|tornar-se-á|vai\\s+se\\s+tornar|vai\\s+tornar-se|deve\\s+se\\s+tornar|passará\\s+a\\s+ser)\\b"),
                    cue("pt-was-designated", DESIGNATED, Slot.SUBJECT, false, true,
                            "\\b(?:foi|foram|tem\\s+sido|tinha\\s+sido|é|são)\\s+(?:formalmente\\s+|oficialmente\\s+|já\\s+)?(?:designad|nomead|elevad|reconhecid|declarad)[oa]s?\\b"),
                    cue("pt-became", DESIGNATED, Slot.SUBJECT, false, false,
                            "\\b(?:tornou-se|se\\s+tornou|obteve|recebeu|ganhou|conquistou|adquiriu|goza|detém|possui)\\b"),
                    cue("pt-has-designated", DESIGNATED, Slot.OBJECT, false, true,
                            "\\b(?:tem|têm|tinha)\\s+(?:formalmente\\s+|oficialmente\\s+)?(?:designado|concedido|elevado|nomeado|reconhecido|declarado)\\b"),
                    cue("pt-designated", DESIGNATED, Slot.OBJECT, false, true,
                            "\\b(?:designou|designa|concedeu|concede|elevou|eleva|nomeou|declarou|reconheceu)\\b"),
                    cue("pt-to-designate", INTENDED, Slot.OBJECT, true, true, "\\b(?:para)\\s+(?:designar|nomear|conceder)\\b")),
            Pattern.compile("\\b(?:não(?!" + DASH + "*(?:membro|OTAN))|nunca|jamais|nem|sem|rejeit\\p{L}*|neg\\p{L}*|desment\\p{L}*|descart\\p{L}*)\\b", CI),
            Pattern.compile("\\b(?:poderia|poderiam|poderá|poderão|pode|podem|se|talvez|eventual\\p{L}*|consider\\p{L}*|estud\\p{L}*|avali\\p{L}*|esper\\p{L}*|desej\\p{L}*|busc\\p{L}*|aspir\\p{L}*"
                    + "|candidat\\p{L}*|rumor\\p{L}*|possibilidade|possível)\\b", CI),
            Set.of("a", "o", "os", "as", "ao", "à", "um", "uma", "de", "do", "da", "como", "em", "condição", "status", "estatuto", "categoria",
                    "formalmente", "oficialmente", "governo", "república", "reino", "país", "estado", "designação", "foi", "é", "tem", "já",
                    "também", "agora", "assim", "e", "ou", "seu", "sua", "novo", "nova", "estratégico"),
            Pattern.compile("\\s*(?:(?:em|desde)\\s+\\d{4}\\s*)?(?:,\\s*(?:e\\s+)?|,?\\s*e\\s+|,?\\s*assim\\s+como\\s+)"),
            Pattern.compile("\\s*,?\\s*(?:à\\s+|ao\\s+|a\\s+|para\\s+o\\s+|para\\s+a\\s+|para\\s+)"));

    /** German puts the full verb last: the cue is the finite verb, the lookahead checks the participle or infinitive. */
    private static final String DE_GIVE_PARTICIPLE = "(?:ernannt|erklärt|eingestuft|gemacht|erhoben|anerkannt|verliehen|zuerkannt)";
    private static final String DE_GIVE_INFINITIVE = "(?:ernennen|erklären|einstufen|machen|erheben|anerkennen|verleihen|zuerkennen)";

    static final DesignationLexicon GERMAN = new DesignationLexicon("de",
            null, null,
            Pattern.compile("(?:\\b(?:wichtig|bedeutend|größt|engst)(?:e|er|en|em|sten|ster|ste)?\\s+)?\\bVerbündete[nrm]?\\s+(?:außerhalb|ausserhalb)\\s+der\\s+NATO\\b"
                    + "|\\bNicht" + DASH + "*NATO" + DASH + "*(?:Verbündete[nrm]?|Alliierte[nrm]?|Bündnispartner[sn]?|Partner[sn]?)\\b"
                    + "|\\bHauptverbündete[nrm]?\\s+außerhalb\\s+der\\s+NATO\\b"
                    + "|" + ENGLISH_STATUS + "|" + MNNA, CI),
            Pattern.compile("\\b(?:diese[nrms]?|de[nrm]|de[nr]selben?|solche[nrm]?)\\s+(?:Status|Rang)\\b|\\b(?:diese|die)\\s+(?:Einstufung|Ernennung|Auszeichnung)\\b", CI),
            List.of(
                    cue("de-bill", PROPOSED, Slot.OBJECT, false, false,
                            "\\b(?:Gesetzentwurf|Gesetzesentwurf|Resolution|Antrag|Vorschlag)\\b[^.;:]{0,60}?\\b(?:Peru|sieht\\s+vor|soll|will)\\b(?=[^.]{0,160}" + DE_GIVE_INFINITIVE + "|[^.]{0,160}" + DE_GIVE_PARTICIPLE + ")"),
                    cue("de-calls", PROPOSED, Slot.OBJECT, false, false,
                            "\\b(?:fordert(?:e|en)?|forderten|drängt(?:e|en)?|rief(?:en)?|ruft|schlug|schlägt)\\b(?=[^.]{0,160}\\bzu\\s+" + DE_GIVE_INFINITIVE + ")"),
                    cue("de-revoked-passive", REVOKED, Slot.SUBJECT, false, false,
                            "\\b(?:wurde|wurden|ist|sind)\\b(?=[^.]{0,160}\\b(?:aberkannt|entzogen|widerrufen|aufgehoben)\\b)"),
                    cue("de-revoke", REVOKED, Slot.OBJECT, false, true,
                            "\\b(?:entzog|entzieht|widerrief|hat|haben)\\b(?=[^.]{0,160}\\b(?:entzogen|widerrufen|aberkannt|entzog|entzieht|widerrief)\\b)"),
                    cue("de-intends", INTENDED, Slot.OBJECT, false, true,
                            "\\b(?:will|wollen|plant|planen|plante|beabsichtigt|beabsichtigen|kündigte|kündigt|beschloss|beschlossen|werde|werden|wird|soll|sollen|möchte)\\b"
                                    + "(?=[^.]{0,160}\\b(?:zu\\s+)?" + DE_GIVE_INFINITIVE + "\\b|[^.]{0,160}\\bzu\\s+" + DE_GIVE_INFINITIVE + ")"),
                    cue("de-to-be", INTENDED, Slot.SUBJECT, false, true,
                            "\\b(?:soll|sollen|wird|werden)\\b(?=[^.]{0,160}\\b" + DE_GIVE_PARTICIPLE + "\\s+werden\\b)"),
                    cue("de-will-become", INTENDED, Slot.SUBJECT, false, false, "\\b(?:soll|wird|werden|sollen)\\b(?=[^.]{0,160}\\bwerden\\b)(?![^.]{0,160}" + DE_GIVE_PARTICIPLE + ")"),
                    cue("de-was-designated", DESIGNATED, Slot.SUBJECT, false, true,
                            "\\b(?:wurde|wurden|ist|sind|war|waren)\\b(?=[^.]{0,160}\\b" + DE_GIVE_PARTICIPLE + "(?:\\s+worden)?\\b)"),
                    cue("de-became", DESIGNATED, Slot.SUBJECT, false, false,
                            "\\b(?:wurde|wurden|erhielt|erhielten|bekam|bekamen|erlangte|hat\\s+den\\s+Status|genießt|besitzt|trägt)\\b(?![^.]{0,160}\\b(?:werden|aberkannt|entzogen)\\b)"),
                    cue("de-has-designated", DESIGNATED, Slot.OBJECT, false, true,
                            "\\b(?:hat|haben|hatte|hatten)\\b(?=[^.]{0,160}\\b" + DE_GIVE_PARTICIPLE + "\\b)"),
                    cue("de-designated", DESIGNATED, Slot.OBJECT, false, true,
                            "\\b(?:ernannte|ernennt|erklärte|erklärt|stufte|stuft|erhob|verlieh|verleiht)\\b")),
            Pattern.compile("\\b(?:nicht(?!" + DASH + ")|kein\\p{L}*|nie|niemals|weder|ohne|abgelehnt|lehnt\\p{L}*|dementi\\p{L}*|bestr\\p{L}*)\\b", CI),
            Pattern.compile("\\b(?:könnte|könnten|würde|würden|falls|wenn|ob|möglicherweise|eventuell|vielleicht|erwäg\\p{L}*|prüf\\p{L}*|hofft|hoffen|strebt|anstreb\\p{L}*"
                    + "|Kandidat\\p{L}*|Gerücht\\p{L}*|spekul\\p{L}*)\\b", CI),
            Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines", "zum", "zur", "zu", "als", "status", "rang",
                    "offiziell", "formell", "förmlich", "regierung", "republik", "königreich", "land", "staat", "nun", "jetzt", "bereits", "schon",
                    "auch", "und", "oder", "sein", "seinen", "ihr", "ihren", "neuen", "strategischen", "im", "in", "jahr", "am", "donnerstag",
                    "montag", "dienstag", "mittwoch", "freitag", "samstag", "sonntag"),
            Pattern.compile("\\s*(?:(?:im\\s+Jahr\\s+|seit\\s+)?\\d{4}\\s*)?(?:,\\s*(?:und\\s+)?|,?\\s*und\\s+|,?\\s*sowie\\s+)"),
            Pattern.compile("\\s*,?\\s*(?:an\\s+|für\\s+)"));

    private static StageCue cue(String name, DesignationStage stage, Slot slot, boolean weak, boolean recipient, String regex) {
        return new StageCue(name, Pattern.compile(regex, CI), stage, slot, weak, recipient);
    }
}

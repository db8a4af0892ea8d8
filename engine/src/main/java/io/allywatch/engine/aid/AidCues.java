package io.allywatch.engine.aid;

import io.allywatch.engine.lang.PerLanguage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What tells, in one language, who gives aid and who gets it, and how an amount relates to others:
 * the words of aid and of giving and receiving, the prepositions of donor and recipient, the
 * institutions that give (with their donor codes), the marks of a total summed over years and of a
 * breakdown, and what makes an amount no aid at all (a price, a profit, a budget of one's own).
 *
 * @param aid          a word of aid: assistance, loan, grant, package, ayuda, aide, Hilfe
 * @param give         a verb of giving, pledging or approving aid
 * @param receive      a verb of receiving or asking for aid: its subject is the recipient
 * @param from         ends right before the donor: "from", "by", "de la part de", "von"
 * @param to           ends right before the recipient: "to", "for", "à", "a", "para", "an", "für"
 * @param cumulative   an amount summed over years: "since 1973", "so far", "insgesamt"
 * @param breakdown    what follows is a part of the amount before: "of which", "dont", "davon"
 * @param conversion   the amount that follows restates the one before in another currency
 * @param notAid       the amount is no aid: a price, revenue, a contract, one's own budget
 * @param usGovernment the United States by its government: Congress, the Pentagon, the White House
 * @param place        ends right before a country that is only where something happens: "in", "en", "im"
 * @param sale         a sale or purchase: a sentence with one and no word of aid speaks of trade, not aid
 * @param commercial   commercial finance: banks' loans, bonds, syndication, debt rescheduling; a sentence with it speaks of no aid
 * @param aidProper    the words that name aid itself (aid, assistance, grant, loan): needed where the recipient is found only
 *                     by elimination
 */
record AidCues(Pattern aid, Pattern give, Pattern receive, Pattern from, Pattern to, Pattern cumulative, Pattern breakdown, Pattern conversion,
               Pattern notAid, Pattern usGovernment, Map<Pattern, String> institutions, Pattern place, Pattern sale, Pattern commercial,
               Pattern aidProper) {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    static AidCues forLanguage(String lang) {
        return PerLanguage.pick(lang, ENGLISH, FRENCH, SPANISH, PORTUGUESE, GERMAN);
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, CI);
    }

    /** Donor codes of institutions (eval/GUIDELINES.md): names in every language, acronyms as written. */
    private static Map<Pattern, String> institutions(String eu, String worldBank, String un, String group) {
        Map<Pattern, String> m = new LinkedHashMap<>();
        m.put(Pattern.compile("\\b(?:IMF|FMI|IWF|International\\s+Monetary\\s+Fund|Fonds\\s+monétaire\\s+international|Fondo\\s+Monetario\\s+Internacional"
                + "|Fundo\\s+Monetário\\s+Internacional|Internationale[nr]?\\s+Währungsfonds)\\b"), "IMF");
        m.put(Pattern.compile("\\b(?:Asian\\s+Development\\s+Bank|ADB|Banque\\s+asiatique\\s+de\\s+développement|Banco\\s+Asiático\\s+de\\s+Desarrollo"
                + "|Asiatische[nr]?\\s+Entwicklungsbank)\\b"), "ADB");
        m.put(Pattern.compile("\\b(?:Inter-American\\s+Development\\s+Bank|IDB|BID|Banque\\s+interaméricaine|Banco\\s+Interamericano\\s+de\\s+Desarrollo"
                + "|Interamerikanische[nr]?\\s+Entwicklungsbank)\\b"), "IDB");
        m.put(Pattern.compile("\\b(?:African\\s+Development\\s+Bank|AfDB|BAD|Banque\\s+africaine\\s+de\\s+développement|Banco\\s+Africano\\s+de\\s+Desarrollo)\\b"), "AFB");
        m.put(Pattern.compile(worldBank), "WBG");
        m.put(Pattern.compile(eu), "EUU");
        m.put(Pattern.compile(un), UNITED_NATIONS);
        m.put(Pattern.compile(group), DONOR_GROUP);
        return m;
    }

    /** The code of the United Nations and its agencies as a donor. */
    static final String UNITED_NATIONS = "UNO";
    /** The donor code of a group of creditors (the Paris Club, a consultative group). */
    static final String DONOR_GROUP = "DGR";

    private static final String US_LEADERS = "(?:Presidents?|President|président|presidente|Präsident(?:en)?)\\s+(?:George\\s+(?:W\\.\\s+)?|Ronald\\s+|Bill\\s+|Barack\\s+|Donald\\s+|Joe\\s+)?"
            + "(?:Reagan|Bush|Clinton|Obama|Trump|Biden)|(?:Joe\\s+Biden|Donald\\s+Trump|Barack\\s+Obama|Ronald\\s+Reagan)";

    static final AidCues ENGLISH = new AidCues(
            p("\\b(?:aid|assistance|loans?|grants?|credits?|package|funding|financing|funds|donations?|contributions?|pledges?|(?:military|financial|economic|security|budget(?:ary)?|humanitarian|defen[cs]e)\\s+support|relief|"
                    + "Foreign\\s+Military\\s+Financing|FMF|IMET|INCLE|drawdown|subsid(?:y|ies))\\b"),
            p("\\b(?:give|gives|gave|given|giving|aid(?:s|ed|ing)?\\s+(?=(?-i:\\p{Lu}))|provid\\w*|contribut\\w*|donat\\w*|pledg\\w*|grant(?:s|ed)?|offer\\w*|send|sends|sent|lend|lends|lent|"
                    + "extend(?:s|ed)?|approv\\w*|allocat\\w*|earmark\\w*|announc\\w*|commit\\w*|disburs\\w*|releas\\w*|authori[sz]\\w*|rais(?:e|es|ed|ing)|increas\\w*|boost\\w*|doubl\\w*|"
                    + "unveil\\w*|deliver\\w*|promis\\w*|agreed\\s+to\\s+(?:provide|give|lend)|set\\s+aside|put\\s+aside|assign\\w*|hand(?:s|ed|ing)?|set\\s+out|outlin(?:e|es|ed|ing)|"
                    + "fund(?:s|ed|ing)?|financ\\w*|channel\\w*|transferr?\\w*|mobili[sz]\\w*|devot\\w*|dedicat\\w*|appropriat\\w*)\\b"),
            p("\\b(?:receiv\\w*|gets?|got|obtain\\w*|appeal\\w*|ask\\w*|request\\w*|seek\\w*|sought|secur(?:es|ed)|recipients?|beneficiar\\w*|"
                    + "would\\s+get|getting|needs?)\\b"),
            p("\\b(?:from|by)\\s+(?:the\\s+)?$"),
            p("\\b(?:to|for|toward|towards)\\s+(?:the\\s+)?(?:(?:government|people|army|armed\\s+forces|military|forces|troops|police|state|security\\s+forces"
                    + "|(?:[\\p{L}-]+\\s+){0,3}?(?:victims|refugees|people|civilians|population|displaced|projects?|programs?|programmes?|NGOs|operations|efforts|crisis|reconstruction))"
                    + "\\s+(?:of\\s+|in\\s+|active\\s+in\\s+)(?:the\\s+)?)?$"),
            p("\\b(?:since|so\\s+far|to\\s+date|in\\s+total|cumulative(?:ly)?|altogether|over\\s+the\\s+(?:past|last)\\s+\\w+\\s+(?:years|decades))\\b"),
            p("\\b(?:of\\s+which|including|among\\s+(?:them|which)|of\\s+(?:this|that|the\\s+total|the\\s+sum|the\\s+amount))\\b|,\\s*with\\s+|:\\s*$"),
            p("^\\s*(?:\\(\\s*(?:about|around|roughly|approximately|some|or)?\\s*|,?\\s*(?:or|about|roughly|some)\\s+)$"),
            p("\\b(?:revenue|deficits?|assets|profits?|earnings|sales|sold|sell|selling|debts?|credit\\s+guarantees?|export\\s+credits?|Commodity\\s+Credit|GSM-10[23]|shares|stake|takeover|merger|dividend|bonds?|fine|penalty|salary|prize|cost(?:s|ing)?|price|"
                    + "contract|deal\\s+(?:worth|valued)|budget\\s+of\\s+(?:its|the)\\s+own|defen[cs]e\\s+budget|military\\s+budget|spending\\s+on\\s+its|"
                    + "investment|invest\\w*|state\\s+aid|trade|exports?|imports?|market|tax|GDP|gross\\s+domestic|"
                    // prices, rates and commercial finance: "25 dlrs a barrel", "eurobond", "owed to commercial banks"
                    + "a\\s+barrel|per\\s+barrel|a\\s+tonne|per\\s+(?:ton|tonne|ounce|share)|a\\s+share|exchange\\s+rate|to\\s+the\\s+dollar|"
                    + "bankers?|commercial\\s+banks?|creditor\\s+banks?|syndicat\\w*|notes|eurobonds?|underwrit\\w*|securities|offering|non-accrual|"
                    + "rescheduling|restructuring|interest\\s+(?:payments?|rates?)|owed|owes|arrears|debt-equity|damages|fraud|reward|goods|shopping|"
                    + "acqui\\w+|buy(?:s|ing)?\\s+(?:a|an|the|one)\\b|bought|pipeline|plant|factory|subsidiary|unit|credit\\s+lines?|to\\s+finance\\s+trade|"
                    + "(?:its|their)\\s+(?:own\\s+)?economy|stimulus|reserves?|financing\\s+(?:needs|requirements|gap)|"
                    + "credits?\\s+(?:to\\s+finance\\s+trade|for\\s+(?:the\\s+)?purchase)|(?:Targeted\\s+)?Export\\s+Assistance|export\\s+promotion|promotion|award)\\b"),
            Pattern.compile("\\b(?:Congress|Congressional|(?:U\\.S\\.|US)\\s+Senate|[Tt]he\\s+Senate|[Tt]he\\s+House(?!\\s+of\\s+(?:Commons|Lords))|House\\s+of\\s+Representatives|State\\s+Department|Pentagon"
                    + "|White\\s+House|Washington|USAID|U\\.S\\.\\s+Agency\\s+for\\s+International\\s+Development|Department\\s+of\\s+Defense|"
                    + "Defense\\s+Department|Obama\\s+administration|Biden\\s+administration|Trump\\s+administration|Bush\\s+administration|"
                    + "Reagan\\s+administration|Clinton\\s+administration|" + US_LEADERS + ")\\b"),
            institutions("\\b(?:European\\s+Union|EU|European\\s+Commission|EC|European\\s+Community|European\\s+Peace\\s+Facility|EPF|European\\s+Council|Council\\s+of\\s+the\\s+(?:European\\s+Union|EU)|Brussels)\\b",
                    "\\b(?:World\\s+Bank|International\\s+Development\\s+Association|IDA|IBRD|International\\s+Bank\\s+for\\s+Reconstruction)\\b",
                    "\\b(?:United\\s+Nations|UN|U\\.N\\.|World\\s+Food\\s+Program(?:me)?|WFP|UNHCR|UNICEF|FAO|UNDP)\\b",
                    "\\b(?:Inter-Governmental\\s+Group\\s+on\\s+Indonesia|IGGI|Paris\\s+Club|Consultative\\s+Group|donor\\s+group|aid\\s+consortium)\\b"),
            p("\\b(?:in|inside|across|throughout|visit(?:s|ed|ing)?|left\\s+for|travel\\w*\\s+to|flew\\s+to|arriv\\w*\\s+in)\\s+(?:the\\s+)?$"),
            p("\\b(?:sales?|sell(?:s|ing)?|sold|purchases?|(?:arms|missile|weapons|defen[cs]e)\\s+deal)\\b"),
            p("\\b(?:(?:commercial|private|foreign|creditor|international|Japanese|British|U\\.S\\.|American|European|New\\s+York)\\s+(?:creditor\\s+)?banks|bankers|syndicat\\w*|"
                    + "reschedul\\w*|LIBOR|bonds?|eurobonds?|bearer|notes|underwrit\\w*|new\\s+money|debt[- ]equity|non-accrual|maturities|"
                    + "reserve\\s+holdings|foreign\\s+reserves|fraud|irregularities|fund-raiser|freight|tonnage|barrel|arrears|repayments?|private[\\s-]sector|Overseas\\s+Private\\s+Investment\\s+Corporation|OPIC|cash\\s+basis|charged\\s+off|co-?financ\\w*|restructur\\w*|creditors|"
                    + "export\\s+financing|replenishment|euroloans?|euro-?yen|eurodollars?|commercial\\s+loans?|bank\\s+loans?|purchases?\\s+from|purchased\\s+from|oil\\s+(?:group|company)|state[- ]oil)\\b"),
            p("\\b(?:aid|assistance|grants?|loans?|credits?|donations?|relief|FMF|IMET|subsid(?:y|ies))\\b"));

    static final AidCues FRENCH = new AidCues(
            p("\\b(?:aides?|assistance|prêts?|dons?|subventions?|crédits?|enveloppe|financements?|fonds|soutien|contribution|appui|coopération\\s+(?:financière|technique|au\\s+développement)|FMF|IMET)\\b"),
            p("\\b(?:donn\\p{L}*|fourni\\p{L}*|accord\\p{L}*|vers\\p{L}*|promis|promet\\p{L}*|offert|offr\\p{L}*|envoy\\p{L}*|alloue\\p{L}*|allou\\p{L}*|débloqu\\p{L}*|"
                    + "approuv\\p{L}*|annonc\\p{L}*|octroy\\p{L}*|prêt\\p{L}*|consacr\\p{L}*|engag\\p{L}*|sign\\p{L}*|livr\\p{L}*|dégag\\p{L}*|mobilis\\p{L}*|débours\\p{L}*|libér\\p{L}*|dédi\\p{L}*|contribu\\p{L}*|financ\\p{L}*|remis|remet\\p{L}*|expédi\\p{L}*|(?:fai|effectu|réalis)\\p{L}*\\s+(?:un\\s+)?don)\\b"),
            p("\\b(?:reçoi\\p{L}*|reçu\\p{L}*|recevr\\p{L}*|obtien\\p{L}*|obtenu|demand\\p{L}*|sollicit\\p{L}*|bénéfici\\p{L}*|destinataire)\\b"),
            p("\\b(?:de\\s+la\\s+part\\s+d[eu']|par(?:\\s+(?:la|le|les))?|de\\s+la|du|des)\\s*(?:l['’]\\s*)?$"),
            p("\\b(?:au|à\\s+la|à\\s+l['’]|aux|à|pour\\s+le|pour\\s+la|pour\\s+l['’]|pour|en\\s+faveur\\s+d(?:[eu']|es)\\s*(?:la\\s+|l['’])?|au\\s+profit\\s+d(?:[eu']|es)\\s*(?:la\\s+|l['’])?|destinée?s?\\s+(?:au|à\\s+la|à\\s+l['’]|à|aux))\\s*"
                    + "(?:(?:armée|forces(?:\\s+armées)?|troupes|gouvernement|peuple|police)\\s+(?:d[eu']\\s*(?:la\\s+|l['’])?)?"
                    + "|(?:(?:amélioration|renforcement|appui|soutien)\\s+(?:de\\s+la\\s+|du\\s+|des\\s+|de\\s+l['’]\\s*)?)?(?:processus\\s+de\\s+paix|victimes|réfugiés|population|déplacés|migrants|projets?|programmes?|reconstruction|sécurité|stabilisation(?:\\s+sécuritaire)?|stabilité|crise(?:\\s+(?:humanitaire|alimentaire|sécuritaire|migratoire))?)\\s+(?:en|au|aux|du|d[e']\\s*(?:la\\s+|l['’])?)\\s*)?$"),
            p("\\b(?:depuis|jusqu['’]à\\s+présent|au\\s+total|en\\s+tout|cumul\\p{L}*)\\b"),
            p("\\b(?:dont|parmi\\s+lesquels|y\\s+compris|sur\\s+ce\\s+(?:total|montant))\\b|:\\s*$"),
            p("^\\s*(?:\\(\\s*(?:environ|soit|près\\s+de|ou)?\\s*|,?\\s*(?:soit|environ|ou)\\s+(?:(?:plus|près|moins)\\s+d(?:e\\s+|['’]\\s*)|environ\\s+)?)$"),
            p("\\b(?:chiffre\\s+d['’]affaires|bénéfices?|ventes?|vend\\p{L}*|actions|amende|contrat|coût\\p{L}*|prix|investissement\\p{L}*|investi\\p{L}*|"
                    + "budget\\s+de\\s+la\\s+défense|budget\\s+militaire|commerce|exportations?|importations?|marché)\\b"),
            Pattern.compile("\\b(?:Congrès|Sénat\\s+américain|département\\s+d['’]État|Pentagone|Maison[- ]Blanche|Washington|USAID|" + US_LEADERS + ")\\b"),
            // West African outlets write acronyms in title case ("l'Ue", "l'Onu")
            institutions("\\b(?:Union\\s+européenne|UE|Ue|Fonds\\s+européen\\s+de\\s+développement|FED|Commission\\s+européenne|Facilité\\s+européenne\\s+pour\\s+la\\s+paix|FEP|FPE|Bruxelles|Conseil\\s+européen|Conseil\\s+de\\s+l['’](?:UE|Union\\s+européenne))\\b",
                    "\\b(?:Banque\\s+mondiale)\\b", "\\b(?:Nations\\s+unies|ONU|Onu|PAM|HCR|UNICEF|FAO|PNUD)\\b",
                    "\\b(?:Club\\s+de\\s+Paris|groupe\\s+consultatif|groupe\\s+des\\s+donateurs)\\b"),
            p("\\b(?:en|dans)\\s+(?:la\\s+|le\\s+|l['’]\\s*)?$"),
            p("\\b(?:ventes?|vend\\p{L}*)\\b"),
            p("\\b(?:banques?\\s+(?:commerciales?|privées?|créancières?)|banquiers|syndicat\\p{L}*|rééchelonnement\\p{L}*|obligations|emprunt\\s+obligataire|fraude\\p{L}*|réserves\\s+de\\s+change)\\b"),
            p("\\b(?:aides?|assistance|dons?|subventions?|prêts?|crédits?|soutien|appui|coopération\\s+(?:financière|technique))\\b"));

    static final AidCues SPANISH = new AidCues(
            p("\\b(?:ayudas?|asistencia|préstamos?|créditos?|donaci\\p{L}*|donativ\\p{L}*|subvenci\\p{L}*|paquete|financiamiento|financiación|fondos|fondo\\s+fiduciario|apoyo|aportes?|aportaci\\p{L}*|contribución|"
                    + "cooperación\\s+(?:financiera|técnica|al\\s+desarrollo)|FMF|IMET)\\b"),
            p("\\b(?:d(?:io|a|ará|aba|ado)|entreg\\p{L}*|otorg\\p{L}*|don\\p{L}*|promet\\p{L}*|prometi\\p{L}*|ofrec\\p{L}*|ofreci\\p{L}*|envi\\p{L}*|destin\\p{L}*|"
                    + "aprob\\p{L}*|asign\\p{L}*|anunci\\p{L}*|concedi\\p{L}*|conced\\p{L}*|aport\\p{L}*|compromet\\p{L}*|firm\\p{L}*|desembols\\p{L}*|liber\\p{L}*|prest\\p{L}*|suministr\\p{L}*|proporcion\\p{L}*|moviliz\\p{L}*|dedic\\p{L}*|contribu\\p{L}*|financi\\p{L}*)\\b"),
            p("\\b(?:recib\\p{L}*|obtuv\\p{L}*|obten\\p{L}*|obtendr\\p{L}*|solicit\\p{L}*|pidi\\p{L}*|pide|benefici\\p{L}*|consigu\\p{L}*|receptor\\p{L}*|"
                    + "contar(?:á|án|ía|ían)?\\s+con|cuenta\\s+con|tendr(?:á|án|ía|ían)\\s+acceso)\\b"),
            p("\\b(?:de\\s+parte\\s+de|por\\s+parte\\s+de|por|del|de\\s+la)\\s*$"),
            p("\\b(?:a|al|para|para\\s+el|para\\s+la|para\\s+las|para\\s+los|a\\s+la|a\\s+las|a\\s+los|destinad[oa]s?\\s+a(?:l|\\s+la)?|(?:en|a)\\s+favor\\s+de|en\\s+beneficio\\s+de|comprometid[oa]s?\\s+con)\\s+"
                    + "(?:(?:ejército|fuerzas(?:\\s+armadas)?|tropas|gobierno|pueblo|policía)\\s+(?:de\\s+(?:la\\s+|el\\s+)?)?"
                    // "al proceso de paz en Colombia", "a los refugiados de Siria": the people or the purpose, then the country
                    + "|(?:(?:mejora|fortalecimiento|apoyo)\\s+(?:de\\s+la\\s+|del\\s+)?)?(?:proceso\\s+de\\s+paz|víctimas|refugiados|población|desplazados|migrantes|proyectos?|programas?|reconstrucción|seguridad|estabilización|estabilidad|crisis(?:\\s+(?:humanitaria|alimentaria|migratoria))?)\\s+(?:en|de)\\s+(?:la\\s+|el\\s+)?)?$"),
            p("\\b(?:desde|hasta\\s+ahora|hasta\\s+la\\s+fecha|en\\s+total|acumulad\\p{L}*)\\b"),
            p("\\b(?:de\\s+los\\s+cuales|de\\s+las\\s+cuales|del\\s+cual|de\\s+ese\\s+total|de\\s+esa\\s+cifra|incluid[oa]s|entre\\s+ellos)\\b|:\\s*$"),
            p("^\\s*(?:\\(\\s*(?:unos|alrededor\\s+de|cerca\\s+de|casi|o)?\\s*|,?\\s*(?:unos|casi|alrededor\\s+de|cerca\\s+de|o\\s+sea|o)\\s+)$"),
            p("\\b(?:ventas?|vend\\p{L}*|ganancias|beneficios|acciones|multa|contrato|cost[oe](?!ad|ar)\\p{L}*|precio|valor\\s+de\\s+mercado|inversi\\p{L}*|invert\\p{L}*|"
                    + "presupuesto\\s+de\\s+defensa|presupuesto\\s+militar|comercio|exportaci\\p{L}*|importaci\\p{L}*|mercado|aporta)\\b"),
            Pattern.compile("\\b(?:Congreso\\s+(?:de\\s+)?(?:EE\\.?\\s*UU\\.?|estadounidense)|Departamento\\s+de\\s+Estado|Pentágono|Casa\\s+Blanca|Washington|USAID|"
                    + US_LEADERS + ")\\b"),
            institutions("\\b(?:Unión\\s+Europea|UE|Comisión\\s+Europea|Bruselas|(?:Fondo|Mecanismo|Instrumento)\\s+Europeo\\s+(?:de\\s+Apoyo\\s+a\\s+la|para\\s+la)\\s+Paz|Consejo\\s+(?:Europeo|de\\s+la\\s+(?:UE|Unión\\s+Europea)))\\b",
                    "\\b(?:Banco\\s+Mundial)\\b", "\\b(?:Naciones\\s+Unidas|ONU|PMA|ACNUR|UNICEF|FAO|PNUD)\\b",
                    "\\b(?:Club\\s+de\\s+París|grupo\\s+consultivo|grupo\\s+de\\s+donantes)\\b"),
            p("\\b(?:en)\\s+(?:la\\s+|el\\s+)?$"),
            p("\\b(?:ventas?|vend\\p{L}*|compras?\\s+(?:militar(?:es)?|de\\s+(?:armas|armamento|aviones|helicópteros|tanques|material)))\\b"),
            p("\\b(?:bancos?\\s+(?:comerciales?|privados?|acreedores?)|banqueros|sindicad\\p{L}*|reestructuraci\\p{L}*\\s+de\\s+(?:la\\s+)?deuda|bonos|fraude\\p{L}*|reservas\\s+internacionales)\\b"),
            p("\\b(?:ayudas?|asistencia|donaci\\p{L}*|subvenci\\p{L}*|préstamos?|créditos?|apoyo|cooperación\\s+(?:financiera|técnica))\\b"));

    static final AidCues PORTUGUESE = new AidCues(
            p("\\b(?:ajudas?|assistência|auxílio|empréstimos?|créditos?|doaç\\p{L}*|donativ\\p{L}*|subsídios?|pacote|financiamento|fundos|fundo\\s+fiduciário|apoio|contribuição|verbas?|repasses?|"
                    + "cooperação\\s+(?:financeira|técnica|para\\s+o\\s+desenvolvimento)|FMF|IMET)\\b"),
            p("\\b(?:d(?:eu|á|ará|ado)|entreg\\p{L}*|conced\\p{L}*|do(?:ou|ará|ado)|promet\\p{L}*|ofere\\p{L}*|envi\\p{L}*|destin\\p{L}*|aprov\\p{L}*|"
                    + "anunci\\p{L}*|alocou|aloc\\p{L}*|disponibiliz\\p{L}*|liber\\p{L}*|assin\\p{L}*|desembols\\p{L}*|empresta\\p{L}*|financi\\p{L}*|fornec\\p{L}*|forneç\\p{L}*|assegur\\p{L}*|mobiliz\\p{L}*|dedic\\p{L}*|contribu\\p{L}*)\\b"),
            p("\\b(?:receb\\p{L}*|obtev\\p{L}*|obt(?:ém|er)|obter\\p{L}*|solicit\\p{L}*|pediu|pede|benefici\\p{L}*|consegu\\p{L}*|receptor\\p{L}*|"
                    + "contar(?:á|ão|ia|iam)?\\s+com|conta\\s+com|ter(?:á|ão|ia|iam)\\s+acesso)\\b"),
            p("\\b(?:por\\s+parte\\s+d[oa]|pel[oa]|por|d[oa])\\s*$"),
            p("\\b(?:(?-i:a)|ao|à|aos|às|para|para\\s+o|para\\s+a|para\\s+os|para\\s+as|destinad[oa]s?\\s+(?:a|ao|à)|(?:em|a)\\s+(?:favor|benefício)\\s+d[eoa]s?|comprometid[oa]s?\\s+com)\\s+"
                    + "(?:(?:exército|forças(?:\\s+armadas)?|tropas|governo|povo|polícia)\\s+(?:d[eoa]s?\\s+)?"
                    + "|(?:(?:melhoria|reforço|fortalecimento|apoio)\\s+(?:da\\s+|do\\s+)?)?(?:processo\\s+de\\s+paz|vítimas|refugiados|população|deslocados|migrantes|projetos?|programas?|reconstrução|segurança|estabilização|estabilidade|crise(?:\\s+(?:humanitária|alimentar|migratória))?)\\s+(?:em|no|na|d[eoa]s?)\\s+)?$"),
            p("\\b(?:desde|até\\s+agora|até\\s+hoje|no\\s+total|ao\\s+todo|acumulad\\p{L}*)\\b"),
            p("\\b(?:dos\\s+quais|das\\s+quais|deste\\s+(?:total|valor|montante)|desse\\s+(?:total|valor|montante)|incluindo|entre\\s+eles)\\b|:\\s*$"),
            p("^\\s*(?:\\(\\s*(?:cerca\\s+de|aproximadamente|quase|ou)?\\s*|,?\\s*(?:cerca\\s+de|quase|ou)\\s+)$"),
            p("\\b(?:vendas?|vend\\p{L}*|lucros?|ações(?!\\s+(?:humanitári|militar|de\\s+(?:apoio|ajuda|cooperação|defesa)))|multa|contrato|cust\\p{L}*|preço|valor\\s+de\\s+mercado|investimento\\p{L}*|invest\\p{L}*|"
                    + "orçamento\\s+de\\s+defesa|orçamento\\s+militar|comércio|exportaç\\p{L}*|importaç\\p{L}*|mercado)\\b"),
            Pattern.compile("\\b(?:Congresso\\s+(?:americano|norte-americano|dos\\s+EUA)|Departamento\\s+de\\s+Estado|Pentágono|Casa\\s+Branca|Washington|USAID|"
                    + US_LEADERS + ")\\b"),
            institutions("\\b(?:União\\s+Europeia|UE|Comissão\\s+Europeia|Bruxelas|(?:Mecanismo|Fundo|Instrumento)\\s+Europeu\\s+(?:de\\s+Apoio\\s+à|para\\s+a)\\s+Paz|Conselho\\s+(?:Europeu|da\\s+(?:UE|União\\s+Europeia)))\\b",
                    "\\b(?:Banco\\s+Mundial)\\b", "\\b(?:Nações\\s+Unidas|ONU|PAM|ACNUR|UNICEF|FAO|PNUD)\\b",
                    "\\b(?:Clube\\s+de\\s+Paris|grupo\\s+consultivo|grupo\\s+de\\s+doadores)\\b"),
            p("\\b(?:em|no|na|nos|nas)\\s+$"),
            p("\\b(?:vendas?|vend\\p{L}*|compras?\\s+(?:militar(?:es)?|de\\s+(?:armas|armamento|aviões|helicópteros|tanques|material)))\\b"),
            p("\\b(?:bancos?\\s+(?:comerciais|comercial|privados?|credores?)|banqueiros|sindicaliz\\p{L}*|reestrutura\\p{L}*\\s+da\\s+dívida|títulos\\s+da\\s+dívida|fraude\\p{L}*|reservas\\s+internacionais)\\b"),
            p("\\b(?:ajudas?|assistência|auxílio|doaç\\p{L}*|subsídios?|empréstimos?|créditos?|apoio|cooperação\\s+(?:financeira|técnica))\\b"));

    static final AidCues GERMAN = new AidCues(
            // the families, not single forms: "Unterstützer", "Hilfsgelder", "Ertüchtigungsprogramm", "Zuwendungen"
            p("\\b(?:\\p{L}*[Hh]ilfe\\p{L}*|Hilfs\\p{L}+|Unterstützung\\p{L}*|Unterstützer\\p{L}*|Kredit\\p{L}*|Darlehen|Zuschuss\\p{L}*|Zuschüsse|Finanzierung\\p{L}*|Mittel|Zusage\\p{L}*|"
                    + "Paket\\p{L}*|Spende\\p{L}*|Beitrag|Ertüchtigung\\p{L}*|Zuwendung\\p{L}*|Fördermittel\\p{L}*|\\p{L}*[Zz]usammenarbeit|FMF|IMET)\\b"),
            // every form of each verb (infinitive, present, past, participle): "unterstützen", "unterstützte", "stockt ... auf"
            p("\\b(?:gibt|gab|gegeben|geben|zugesagt|zusag\\p{L}*|sagt\\p{L}*|sagen|liefer\\p{L}*|geliefert|stellt\\p{L}*|stellen|gestellt|bereit\\p{L}*|spende\\p{L}*|spendet\\p{L}*|gespendet|gewähr\\p{L}*|schick\\p{L}*|geschickt|bewillig\\p{L}*|"
                    + "geleistet|leistet\\p{L}*|leisten|überwies\\p{L}*|überweis\\p{L}*|überwiesen|freigegeben|angekündigt|kündigt\\p{L}*|unterzeichnet\\p{L}*|zahlt\\p{L}*|zahlen|gezahlt|ausgezahlt|versprochen|verspricht|versprach\\p{L}*|"
                    + "geholfen|hilft|half|helfen|unterstütz\\p{L}*|bereitzustellen|finanzier\\p{L}*|mobilisier\\p{L}*|aufgestockt|aufstock\\p{L}*|stockt|zugesichert|"
                    + "übergeben|übergibt|übergab|Übergabe|zukommen|zukommt|ausgestattet|ausstatt\\p{L}*|ausrüst\\p{L}*|ausgerüstet|stift\\p{L}*|gestiftet|"
                    // "wird mit 88 Millionen Euro gefördert", "steuert 96 Millionen Euro bei", "überreichte ... im Wert von"
                    + "förder\\p{L}*|gefördert|steuert|steuerte|beisteuer\\p{L}*|beigesteuert|überreich\\p{L}*)\\b"),
            p("\\b(?:erhält|erhielt|erhalten|bekommt|bekam|bekommen|beantragt\\p{L}*|bittet|bat|profitiert\\p{L}*|profitieren|Empfänger\\p{L}*|empfängt|empfing|empfangen)\\b"),
            p("\\b(?:von|vom|seitens|aus)\\s*(?:der|den|dem)?\\s*$"),
            // "für die Bevölkerung des Bürgerkriegslandes Syrien", "für das Bürgerkriegsland Jemen", "für die Entwicklung Perus"
            p("\\b(?:an|für|zugunsten|zur|zum)\\s+(?:die\\s+|den\\s+|das\\s+|der\\s+)?(?:(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?:Armee|Streitkräfte|Truppen|Regierung|Bevölkerung|Polizei|Entwicklung|Stabilisierung|Wiederaufbau|Sicherheit|Verteidigung|Unterstützung|Ausrüstung|Ausbildung)\\s+(?:der\\s+|des\\s+)?)?"
                    + "(?:\\p{L}*(?:land|landes|staat|staates|königreich|königreichs)\\s+)?$"),
            p("\\b(?:seit|bisher|bislang|insgesamt|zusammengerechnet|kumuliert)\\b"),
            p("\\b(?:davon|darunter|hiervon|einschließlich)\\b|:\\s*$"),
            p("^\\s*(?:\\(\\s*(?:rund|etwa|ca\\.|umgerechnet|knapp|oder)?\\s*|,?\\s*(?:rund|umgerechnet|etwa|oder)\\s+)$"),
            p("\\b(?:Umsatz|Gewinn\\p{L}*|Verkauf\\p{L}*|verkauf\\p{L}*|Aktie\\p{L}*|Strafe|Vertrag\\p{L}*|Kosten|Preis|Marktwert|Investition\\p{L}*|investier\\p{L}*|"
                    + "Verteidigungshaushalt\\p{L}*|Wehretat|Rüstungsetat|Handel\\p{L}*|Export\\p{L}*|Import\\p{L}*|Markt|Staatshilfe\\p{L}*|Beihilfe\\p{L}*)\\b"),
            Pattern.compile("\\b(?:Kongress|US-Kongress|US-Senat|Repräsentantenhaus|US-Au(?:ß|ss)enministerium\\p{L}*|US-Verteidigungsministerium\\p{L}*|US-Regierung|US-Botschaft|Pentagon|Weiß(?:e|en)\\s+Haus\\p{L}*|Washington|USAID|"
                    + US_LEADERS + ")\\b"),
            institutions("\\b(?:Europäische[nr]?\\s+Union|EU|EU-Kommission|Europäische[nr]?\\s+Kommission|Brüssel|Europäische[nr]?\\s+Friedensfazilität|EU-Rat|Rat\\s+der\\s+EU|Europäische[nr]?\\s+Rat)\\b",
                    "\\b(?:Weltbank)\\b", "\\b(?:Vereinte[nr]?\\s+Nationen|UNO|UN|Welternährungsprogramm\\p{L}*|UNHCR|UNICEF|FAO)\\b",
                    "\\b(?:Pariser\\s+Club|Geberkreis\\p{L}*|Gebergruppe)\\b"),
            p("\\b(?:in|im)\\s+(?:der\\s+|den\\s+)?$"),
            p("\\b(?:\\p{L}*[Vv]erkauf\\p{L}*|verkauft\\p{L}*)\\b"),
            p("\\b(?:Geschäftsbank\\p{L}*|Privatbank\\p{L}*|Bankenkonsortium\\p{L}*|Umschuldung\\p{L}*|Anleihe\\p{L}*|Betrug\\p{L}*|Devisenreserven)\\b"),
            p("\\b(?:\\p{L}*[Hh]ilfe\\p{L}*|Hilfs\\p{L}+|Unterstützung\\p{L}*|Kredit\\p{L}*|Darlehen|Zuschuss\\p{L}*|Zuschüsse|Spende\\p{L}*|(?:finanzielle|technische)n?\\s+Zusammenarbeit)\\b"));
}

package io.allywatch.engine.designation;

import io.allywatch.engine.lang.PerLanguage;
import io.allywatch.engine.lang.Stemmer;
import io.allywatch.engine.text.Folding;
import io.allywatch.engine.text.Token;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cue words of one language by {@link Role}, written as plain words (an infinitive, a noun, and
 * the irregular forms a stemmer cannot join) and matched by their Snowball stem, so one entry
 * stands for every inflection: "designar" matches "designó", "designará", "designado",
 * "designación"; "désigner" matches "désignera", "désignerait". Words of several tokens
 * ("poner fin", "projet de loi", "set to") match as a sequence of stems. Immutable, thread-safe.
 */
final class Predicates {

    /** A cue found in a sentence: which tokens, what it does. */
    record Cue(int first, int last, Role role) {
    }

    private static final java.util.regex.Pattern NOUN_ENDING = java.util.regex.Pattern.compile(
            "(?:tions?|cion|ciones|cao|coes|ment|ments|miento|mientos|amento|amentos|ung|ungen)$");

    private final Stemmer stemmer;
    /** First stem → the entries starting with it (each a sequence of stems), longest first. */
    private final Map<String, List<Entry>> byFirstStem = new HashMap<>();
    /** Function words matched on their folded form exactly: stems of short words collide. */
    private final Map<String, Role> exactWords = new HashMap<>();

    private record Entry(String[] stems, Role role) {
    }

    private Predicates(String lang, Map<Role, String> words, Map<Role, String> exact) {
        this.stemmer = Stemmer.forLanguage(lang);
        words.forEach((role, list) -> {
            for (String phrase : list.split(",")) {
                String p = phrase.strip();
                if (p.isEmpty()) {
                    continue;
                }
                String[] parts = p.split("\\s+");
                String[] stems = new String[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    stems[i] = stemmer.stem(parts[i]);
                }
                byFirstStem.computeIfAbsent(stems[0], k -> new ArrayList<>()).add(new Entry(stems, role));
            }
        });
        byFirstStem.values().forEach(l -> l.sort((a, b) -> Integer.compare(b.stems().length, a.stems().length)));
        exact.forEach((role, list) -> {
            for (String w : list.split(",")) {
                if (!w.isBlank()) {
                    exactWords.put(w.strip().toLowerCase(java.util.Locale.ROOT), role);
                }
            }
        });
    }

    /** Every cue of the sentence, left to right; a longer entry wins over a shorter one at the same token. */
    List<Cue> find(List<Token> tokens) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.word()) {
                continue;
            }
            Role exact = exactWords.get(t.lower());
            if (exact != null) {
                cues.add(new Cue(i, i, exact));
                continue;
            }
            List<Entry> entries = byFirstStem.get(t.stem());
            if (entries == null) {
                continue;
            }
            for (Entry e : entries) {
                int last = matches(tokens, i, e.stems());
                if (last >= 0) {
                    // A stem joins the verb and its noun ("designate", "designation"): the noun's ending tells them apart.
                    Role role = (e.role() == Role.GIVE || e.role() == Role.OBTAIN) && last == i && NOUN_ENDING.matcher(t.folded()).find()
                            ? Role.NOUN : e.role();
                    if (role == Role.THREAT && last + 1 < tokens.size() && BY_AGENT.contains(nextWord(tokens, last))) {
                        i = last; // "Estados ameaçados por ações militares", "threatened by": the ones under threat, nobody threatening
                        break;
                    }
                    cues.add(new Cue(i, last, role));
                    i = last;
                    break;
                }
            }
        }
        return cues;
    }

    /** The word that brings a passive's agent, in the five languages. */
    private static final java.util.Set<String> BY_AGENT = java.util.Set.of("by", "par", "por", "pelo", "pela", "pelos", "pelas", "von", "durch");

    private static String nextWord(List<Token> tokens, int at) {
        for (int k = at + 1; k < tokens.size(); k++) {
            if (tokens.get(k).word()) {
                return tokens.get(k).lower();
            }
        }
        return "";
    }

    private static int matches(List<Token> tokens, int at, String[] stems) {
        int k = at;
        for (int s = 0; s < stems.length; s++) {
            while (k < tokens.size() && !tokens.get(k).word()) {
                k++; // "poner fin", "projet de loi": punctuation between words is skipped
            }
            if (k >= tokens.size() || !tokens.get(k).stem().equals(stems[s])) {
                return -1;
            }
            if (s < stems.length - 1) {
                k++;
            }
        }
        return k;
    }

    static Predicates forLanguage(String lang) {
        return PerLanguage.pick(lang, ENGLISH, FRENCH, SPANISH, PORTUGUESE, GERMAN);
    }

    private static Map<Role, String> words(Object... roleAndWords) {
        Map<Role, String> m = new EnumMap<>(Role.class);
        for (int i = 0; i < roleAndWords.length; i += 2) {
            m.put((Role) roleAndWords[i], (String) roleAndWords[i + 1]);
        }
        return m;
    }

    static final Predicates ENGLISH = new Predicates("en", words(
            Role.GIVE, "designate, name, grant, confer, award, elevate, make, made, recognize, recognise, declare, upgrade, accord, afford, "
                    + "extend, bestow, classify, determine, add, give, gave, given, list, formally designate, deem",
            Role.OBTAIN, "become, became, gain, obtain, receive, get, got, gotten, win, won, earn, acquire, achieve, attain, secure, qualify, "
                    + "enter, be elevated",
            Role.JOIN, "join, joining",
            Role.HOLD, "hold, held, enjoy, possess, retain, keep, kept, include, count, have, has",
            Role.NOUN, "designation, elevation, recognition, upgrade",
            Role.FORMALIZE, "signed, signing, formalize, formalise, finalize, officialize, approve, take effect, took effect, memorandum",
            Role.ANNOUNCE, "announce, unveil, say, said, tell, told, confirm, declare",
            Role.INTEND, "intend, intention, intent, plan, decide, decision, want, promise, pledge, vow, expect, prepare, move to, moving to, set to, "
                    + "poised, slated, due to, going to, commit, agree, aim, ready, about to, will soon",
            Role.NOTIFY, "notify, notification, inform",
            Role.PROPOSE, "bill, legislation, resolution, amendment, proposal, propose, call for, call on, urge, ask, request, seek, push, lobby, "
                    + "petition, introduce, sponsor, recommend, advocate, bid, campaign, demand, appeal, would designate, back, endorse",
            Role.CONSIDER, "consider, mull, weigh, study, examine, explore, review, hope, contemplate, evaluate, eye, look into, likely",
            Role.REVOKE, "revoke, rescind, terminate, termination, end, withdraw, withdrew, withdrawn, strip, remove, cancel, lose, lost, "
                    + "revocation, suspend, downgrade, scrap, deprive, take off, taking off, took off",
            Role.NEGATION, "deny, denied, refuse, reject, rule out, ruled out, turn down, turned down, vote down, voted down, oppose",
            Role.HEDGE, "possibly, potential, potentially, perhaps, maybe, candidate, speculation, rumour, rumor, eligible, unless, whether, "
                    + "treat, treated, de facto, informally, unofficially",
            Role.THREAT, "threaten, threat, warn",
            Role.LIST_INTRO, "such as, including, among them, among others, namely, the latest being, the most recent being",
            Role.SINCE, "since"),
            words(Role.NEGATION, "not, no, never, nor, without, n't, cannot",
                    Role.HEDGE, "could, might, may, if, should",
                    Role.FUTURE, "will, 'll, shall, would",
                    Role.PLUPERFECT, "had",
                    Role.COPULA, "is, are, was, were, remains, remain",
                    Role.NOW, "now, new, newest, latest",
                    Role.LIST_INTRO, "like, including"));

    static final Predicates FRENCH = new Predicates("fr", words(
            Role.GIVE, "désigner, nommer, accorder, conférer, octroyer, élever, faire, fait, ferait, fera, reconnaître, reconnu, déclarer, attribuer, "
                    + "décerner, hisser, promouvoir, classer, ajouter, inscrire, ranger, admettre, déterminer, offrir",
            Role.OBTAIN, "devenir, devient, devenu, deviendra, deviendrait, devint, obtenir, obtient, obtenu, obtiendra, obtiendrait, obtint, recevoir, "
                    + "reçoit, reçu, recevra, recevrait, gagner, acquérir, acquis, décrocher, accéder, se voir, vu accorder",
            Role.JOIN, "rejoindre, rejoint, rejoindra, rejoindrait, s'ajouter, rallier",
            Role.HOLD, "bénéficier, jouir, détenir, détient, posséder, disposer, compter, figurer, conserver, garder, ont, possèdent, "
                    + "a le, a désormais, a déjà, avait le, avait déjà",
            Role.NOUN, "désignation, élévation, nomination, octroi",
            Role.FORMALIZE, "signer, officialiser, formaliser, entériner, approuver, finaliser, mémorandum",
            Role.ANNOUNCE, "annoncer, dire, dit, affirmer, confirmer, déclarer, faire savoir, fait savoir",
            Role.INTEND, "intention, entendre, compter, prévoir, projeter, décider, décision, vouloir, veut, voulait, promettre, s'engager, apprêter, "
                    + "préparer, projet de désigner, être sur le point",
            Role.NOTIFY, "notifier, notification, informer, aviser",
            Role.PROPOSE, "projet de loi, proposition, proposer, demander, appeler, exhorter, réclamer, plaider, solliciter, pousser, militer, "
                    + "recommander, résolution, amendement, texte de loi",
            Role.CONSIDER, "envisager, étudier, examiner, réfléchir, espérer, espoir, souhaiter, considérer, évaluer, probablement, susceptible",
            Role.REVOKE, "révoquer, retirer, annuler, abroger, supprimer, perdre, priver, mettre fin, mis fin, met fin, mettra fin, révocation, retrait, suspendre, rayer",
            Role.NEGATION, "refuser, rejeter, démentir, nier",
            Role.HEDGE, "éventuel, éventuellement, possible, possiblement, peut-être, candidat, hypothèse, rumeur, pourrait, pourraient, pourra, pourront, "
                    + "traiter, traité comme, de facto, officieusement",
            Role.THREAT, "menacer, menace",
            Role.LIST_INTRO, "entre autres, parmi lesquels, parmi lesquelles, parmi eux, notamment, tels que, telles que, à savoir, y compris, "
                    + "les plus récents sont, le plus récent est, les derniers étant",
            Role.SINCE, "depuis, dès"),
            words(Role.NEGATION, "ne, n', pas, jamais, ni, sans, aucun, aucune",
                    Role.HEDGE, "si",
                    Role.FUTURE, "va, vont, allait, allaient, sera, seront, serait, seraient",
                    Role.PLUPERFECT, "avait, avaient",
                    Role.COPULA, "est, sont, était, étaient, reste, restent, demeure",
                    Role.NOW, "désormais, maintenant, nouvel, nouveau, nouvelle, dernier, dorénavant",
                    Role.LIST_INTRO, "comme, dont"));

    static final Predicates SPANISH = new Predicates("es", words(
            Role.GIVE, "designar, nombrar, otorgar, conceder, concedió, elevar, reconocer, declarar, conferir, confirió, asignar, incluir, incorporar, "
                    + "calificar, catalogar, establecer, determinar, determinó, convertir, dar, dio, hacer, hizo, hará, haría, agregar, añadir, ascender, "
                    + "proclamar, ratificar como, ampliar, extender",
            Role.OBTAIN, "convertirse, convirtió, convertirá, obtener, obtuvo, obtendrá, obtendría, recibir, ganar, conseguir, consiguió, adquirir, "
                    + "lograr, alcanzar, pasar a ser, pasará a ser, pasaría a ser, pase a ser, ingresar, acceder, ser designado",
            Role.JOIN, "sumarse, sumará, sumaría, unirse, unirá, uniría, sumar a, se suma",
            Role.HOLD, "gozar, goza, ostentar, tener, tiene, tienen, tenía, tenían, contar con, figurar, mantener, conservar, poseer, disfrutar",
            Role.NOUN, "designación, nombramiento, elevación, otorgamiento",
            Role.FORMALIZE, "firmar, oficializar, formalizar, concretar, aprobar, rubricar, memorando, memorándum",
            Role.ANNOUNCE, "anunciar, decir, dijo, afirmar, confirmar, declarar, hacer saber, hizo saber, comunicar a",
            Role.INTEND, "intención, pretender, planear, plan, prever, decidir, decisión, querer, quiere, quería, prometer, promesa, comprometerse, "
                    + "disponerse, proponerse, ir a, va a, van a, iba a",
            Role.NOTIFY, "notificar, notificación, informar, comunicar, avisar",
            Role.PROPOSE, "proyecto de ley, propuesta, proponer, propone, propuso, pedir, pide, pidió, solicitar, instar, exhortar, reclamar, impulsar, "
                    + "promover, abogar, resolución, enmienda, iniciativa, iniciativa legislativa",
            Role.CONSIDER, "considerar, estudiar, evaluar, analizar, examinar, sopesar, esperar, contemplar, barajar, buscar, busca, probablemente",
            Role.REVOKE, "revocar, rescindir, retirar, quitar, anular, cancelar, suspender, perder, eliminar, poner fin, pongo fin, puso fin, "
                    + "revocación, retiro, despojar",
            Role.NEGATION, "rechazar, negar, desmentir, descartar",
            Role.HEDGE, "quizás, quizá, tal vez, eventual, eventualmente, posible, posibilidad, candidato, en caso de, de aprobarse, podría, podrían, podrá, podrán, "
                    + "tratado como, de facto, extraoficial, extraoficialmente",
            Role.THREAT, "amenazar, amenaza, advertir",
            Role.LIST_INTRO, "entre otros, entre otras, entre ellos, entre ellas, entre los que, entre los cuales, incluidos, incluyendo, tales como, a saber, "
                    + "los más recientes son, el más reciente es, los últimos fueron",
            Role.SINCE, "desde"),
            words(Role.NEGATION, "no, nunca, jamás, ni, sin",
                    Role.HEDGE, "si",
                    Role.FUTURE, "será, serán, sería, serían",
                    Role.PLUPERFECT, "había, habían",
                    Role.COPULA, "es, son, era, eran, sigue, siguen",
                    Role.NOW, "ahora, nuevo, nueva, reciente, último, última",
                    Role.LIST_INTRO, "como, incluyendo, incluidos, incluidas"));

    static final Predicates PORTUGUESE = new Predicates("pt", words(
            Role.GIVE, "designar, nomear, conceder, concedeu, outorgar, elevar, reconhecer, declarar, conferir, atribuir, atribuíra, atribuído, atribuída, incluir, incluíra, "
                    + "classificar, tornar, dar, deu, fazer, fez, fará, faria, promover, determinar, oficializar como, estender, ampliar",
            Role.OBTAIN, "tornar-se, tornou, tornará, tornaria, obter, obteve, obterá, receber, recebeu, ganhar, conquistar, adquirir, alcançar, "
                    + "passar a ser, passa a ser, passará a ser, passaria a ser, ingressar, entrar, ser designado",
            Role.JOIN, "juntar, juntar-se, unir-se, somar-se, juntará, juntaria",
            Role.HOLD, "gozar, goza, deter, detém, possuir, possui, ter, tem, têm, tinha, contar com, figurar, manter",
            Role.NOUN, "designação, nomeação, elevação, concessão",
            Role.FORMALIZE, "assinar, oficializar, formalizar, aprovar, ratificar, memorando",
            Role.ANNOUNCE, "anunciar, dizer, disse, afirmar, confirmar, declarar",
            Role.INTEND, "intenção, pretender, planejar, planear, plano, prever, decidir, decisão, querer, quer, queria, prometer, promessa, comprometer, "
                    + "preparar, ir, vai, vão, ia",
            Role.NOTIFY, "notificar, notificação, informar, comunicar",
            Role.PROPOSE, "projeto de lei, proposta, propor, propõe, propôs, pedir, pede, pediu, solicitar, defender, reivindicar, resolução, emenda, "
                    + "iniciativa",
            Role.CONSIDER, "considerar, estudar, avaliar, analisar, examinar, esperar, cogitar, buscar, busca, provavelmente",
            Role.REVOKE, "revogar, retirar, cancelar, anular, suspender, perder, pôr fim, pôs fim, põe fim, porá fim, pôr termo, pôs termo, encerrar, revogação, retirada, destituir",
            Role.NEGATION, "rejeitar, negar, desmentir, descartar",
            Role.HEDGE, "talvez, eventual, eventualmente, possível, possibilidade, candidato, caso o, caso a, caso os, caso as, caso seja, caso sejam, caso haja, caso venha, caso venham, caso se, caso não, caso isso, caso ele, caso ela, poderia, poderiam, poderá, poderão, "
                    + "tratado como, de facto, extraoficialmente",
            Role.THREAT, "ameaçar, ameaça",
            Role.LIST_INTRO, "entre outros, entre outras, entre eles, entre elas, entre os quais, entre as quais, incluindo, tais como, a saber, nomeadamente, "
                    + "os mais recentes são, o mais recente é, os últimos foram",
            Role.SINCE, "desde"),
            words(Role.NEGATION, "não, nunca, jamais, nem, sem",
                    Role.FUTURE, "será, serão, seria, seriam",
                    Role.PLUPERFECT, "tinha, tinham, havia",
                    Role.COPULA, "é, são, era, eram, continua",
                    Role.NOW, "agora, novo, nova, recente, último, última",
                    Role.LIST_INTRO, "como, incluindo"));

    static final Predicates GERMAN = new Predicates("de", words(
            Role.GIVE, "ernennen, ernannte, ernannt, ernennt, erklären, erklärte, erklärt, einstufen, stufte, stuft, eingestuft, verleihen, verlieh, "
                    + "verliehen, verleiht, zuerkennen, zuerkannt, erkannte, einräumen, eingeräumt, räumte, räumt, erheben, erhob, erhoben, aufwerten, "
                    + "aufgewertet, anerkennen, anerkannt, machen, gemacht, gewähren, gewährt, gewährte, aufnehmen, nahm, nimmt, aufgenommen, "
                    + "bestimmen, bestimmt, designieren, designiert, küren, gekürt, einzustufen, zu ernennen, zu erklären, "
                    + "zugestehen, zugestanden, gesteht zu, gestand zu, zusprechen, zugesprochen, spricht zu, sprach zu, zuerkannte",
            Role.OBTAIN, "erhalten, erhielt, erhält, bekommen, bekam, bekommt, erlangen, erlangte, gewinnen, gewann, aufsteigen, stieg, aufgestiegen, "
                    + "avancieren, avanciert",
            Role.JOIN, "einreihen, reiht, gesellt, anschließen, schließt",
            Role.HOLD, "besitzen, besitzt, genießen, genießt, tragen, trägt, gehören, gehört, zählen, zählt, führen, den Status haben",
            Role.NOUN, "Ernennung, Einstufung, Aufwertung, Anerkennung, Erhebung",
            Role.FORMALIZE, "unterzeichnen, unterzeichnete, unterzeichnet, Unterschrift, besiegeln, billigen, Memorandum",
            Role.ANNOUNCE, "ankündigen, kündigte, angekündigt, sagen, sagte, mitteilen, teilte, bekanntgeben, gab bekannt, bestätigen, bestätigte",
            Role.INTEND, "beabsichtigen, beabsichtigt, beabsichtige, Absicht, planen, plant, Plan, beschließen, beschloss, Entscheidung, entscheiden, "
                    + "wollen, will, wolle, wollte, vorhaben, hat vor, habe vor, versprechen, Vorhaben, vorsehen, sieht vor",
            Role.NOTIFY, "informieren, unterrichten, benachrichtigen, in Kenntnis setzen",
            Role.PROPOSE, "Gesetzentwurf, Gesetzesentwurf, Entwurf, Antrag, Vorschlag, vorschlagen, schlug, fordern, forderte, verlangen, drängen, "
                    + "Resolution, Initiative",
            Role.CONSIDER, "erwägen, erwog, erwägt, prüfen, prüft, überlegen, hoffen, hofft, anstreben, strebt, Erwägung, wahrscheinlich",
            Role.REVOKE, "entziehen, entzog, entzogen, entzieht, aberkennen, aberkannt, widerrufen, widerrief, aufheben, aufgehoben, hob, beenden, "
                    + "beende, beendet, streichen, strich, gestrichen, verlieren, verlor, verloren, Entzug, Aberkennung",
            Role.NEGATION, "abgelehnt, ablehnen, dementieren, dementiert",
            Role.HEDGE, "möglicherweise, eventuell, vielleicht, möglich, Kandidat, könnte, könnten, kann, behandelt, de facto, inoffiziell",
            Role.THREAT, "drohen, drohte, droht, Drohung",
            Role.LIST_INTRO, "darunter, beispielsweise, zum Beispiel, unter anderem, nämlich",
            Role.SINCE, "seit"),
            words(Role.NEGATION, "nicht, kein, keine, keinen, nie, niemals, weder, ohne",
                    Role.HEDGE, "falls, wenn, ob",
                    Role.FUTURE, "wird, werden, werde, würde, würden, soll, sollen, solle, sollte",
                    Role.PLUPERFECT, "hatte, hatten, war, waren",
                    Role.COPULA, "ist, sind, bleibt",
                    Role.NOW, "nun, jetzt, neuer, neue, neuen, neuester, künftig",
                    Role.LIST_INTRO, "etwa, wie"));
}

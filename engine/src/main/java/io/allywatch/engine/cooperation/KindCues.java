package io.allywatch.engine.cooperation;

import io.allywatch.contract.CooperationEvent.CooperationKind;
import io.allywatch.engine.lang.PerLanguage;
import io.allywatch.engine.text.Token;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Each kind of cooperation as an action and its object near each other in a sentence, matched on
 * the folded words by their beginnings (so "deliver", "delivered", "deliveries" and the German
 * compounds "Waffenlieferungen", "Panzerlieferung" all count): deliver + weapons, sign + defence
 * agreement, train + troops, share + intelligence, joint + exercises, transfer + technology. A word
 * that holds both ("Waffenlieferung", "Verteidigungsabkommen", "intelligence-sharing") is both.
 * Immutable, thread-safe.
 */
final class KindCues {
    /** How many words may stand between an action and its object. */
    private static final int REACH = 8;

    /** One kind's words: what is done, to what; {@code qualifier} words make a plain object a defence one ("agreement" + "defence"). */
    private record Kind(String[] action, String[] object, String[] qualifier) {
    }

    /** Civil aviation is no arms transfer: "the sale of 18 jets to four airlines". */
    private static final String[] CIVIL = {"airline", "airliner", "passenger", "commercial", "civil", "cargo", "aerolinea", "compagnie",
        "companhia", "fluggesellschaft", "~airline", "boeing 7", "airbus", "zivil"};

    private final Map<CooperationKind, Kind> kinds;

    private KindCues(Map<CooperationKind, Kind> kinds) {
        this.kinds = kinds;
    }

    /**
     * The beginnings of this language's action words (the part before a space, without the '~'), for the cheap
     * scan that decides whether a sentence may report cooperation at all: a verb listed here but missing there
     * ("envoyer", "enviará") would make its whole kind unreachable.
     */
    List<String> actionBeginnings() {
        List<String> all = new ArrayList<>();
        for (Kind kind : kinds.values()) {
            for (String stem : kind.action()) {
                String bare = stem.charAt(0) == '~' ? stem.substring(1) : stem;
                int space = bare.indexOf(' ');
                all.add(space < 0 ? bare : bare.substring(0, space));
            }
        }
        return all;
    }

    /** The words that make a plain object a defence one, of every kind ("defen", "militaire", "segurid"). */
    List<String> qualifiers() {
        List<String> all = new ArrayList<>();
        for (Kind kind : kinds.values()) {
            for (String stem : kind.qualifier()) {
                all.add(stem.charAt(0) == '~' ? stem.substring(1) : stem);
            }
        }
        return all;
    }

    static KindCues forLanguage(String lang) {
        return PerLanguage.pick(lang, ENGLISH, FRENCH, SPANISH, PORTUGUESE, GERMAN);
    }

    /** Each kind the sentence reports, with the token where its wording starts. */
    Map<CooperationKind, Integer> find(List<Token> tokens) {
        Map<CooperationKind, Integer> found = new EnumMap<>(CooperationKind.class);
        boolean civil = tokens.stream().anyMatch(t -> t.word() && has(t.folded(), CIVIL));
        for (Map.Entry<CooperationKind, Kind> e : kinds.entrySet()) {
            if (civil && e.getKey() == CooperationKind.ARMS_TRANSFER) {
                continue;
            }
            int at = match(tokens, e.getValue());
            if (at >= 0) {
                found.put(e.getKey(), at);
            }
        }
        return found;
    }

    private static int match(List<Token> tokens, Kind kind) {
        List<Integer> actions = new ArrayList<>();
        List<Integer> objects = new ArrayList<>();
        boolean qualified = kind.qualifier().length == 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.word()) {
                continue;
            }
            boolean action = hasAt(tokens, i, kind.action());
            boolean object = hasAt(tokens, i, kind.object());
            if (action && object) {
                if (qualified || qualifiedNear(tokens, i, kind)) {
                    return i;
                }
            }
            if (action) {
                actions.add(i);
            }
            if (object) {
                objects.add(i);
            }
        }
        for (int a : actions) {
            for (int o : objects) {
                if (Math.abs(a - o) <= REACH && (qualified || qualifiedNear(tokens, o, kind))) {
                    return Math.min(a, o);
                }
            }
        }
        return -1;
    }

    private static boolean qualifiedNear(List<Token> tokens, int at, Kind kind) {
        for (int k = Math.max(0, at - REACH); k < Math.min(tokens.size(), at + REACH); k++) {
            if (tokens.get(k).word() && hasAt(tokens, k, kind.qualifier())) {
                return true;
            }
        }
        return false;
    }

    /** How many words a stem of several words may span ("material militar", "hand over", "carro de combate"). */
    private static final int PHRASE_WORDS = 3;

    /**
     * Whether the word at {@code i} begins one of the stems: a stem of one word as {@link #has}, a stem of
     * several words on the folded words from {@code i} on, so that "matériel militaire" is no dead entry.
     */
    private static boolean hasAt(List<Token> tokens, int i, String[] stems) {
        String word = tokens.get(i).folded();
        String phrase = null;
        for (String s : stems) {
            if (s.indexOf(' ') < 0) {
                if (s.charAt(0) == '~' ? word.contains(s.substring(1)) : word.startsWith(s)) {
                    return true;
                }
                continue;
            }
            if (phrase == null) {
                phrase = phrase(tokens, i);
            }
            if (phrase.startsWith(s)) {
                return true;
            }
        }
        return false;
    }

    private static String phrase(List<Token> tokens, int from) {
        StringBuilder b = new StringBuilder();
        int words = 0;
        for (int k = from; k < tokens.size() && words < PHRASE_WORDS; k++) {
            Token t = tokens.get(k);
            if (!t.word()) {
                if (t.folded().equals("-")) {
                    b.append('-');
                    continue;
                }
                break; // a phrase does not run across punctuation
            }
            if (words > 0 && b.charAt(b.length() - 1) != '-') {
                b.append(' ');
            }
            b.append(t.folded());
            words++;
        }
        return b.toString();
    }

    /** Whether a folded word begins with one of the stems, or (for a stem marked with a leading '~') holds it anywhere. */
    private static boolean has(String word, String[] stems) {
        for (String s : stems) {
            if (s.charAt(0) == '~' ? word.contains(s.substring(1)) : word.startsWith(s)) {
                return true;
            }
        }
        return false;
    }

    private static String[] w(String words) {
        return words.split("\\s*,\\s*");
    }

    private static Map<CooperationKind, Kind> kinds(String[]... lists) {
        Map<CooperationKind, Kind> m = new EnumMap<>(CooperationKind.class);
        CooperationKind[] order = {CooperationKind.ARMS_TRANSFER, CooperationKind.AGREEMENT, CooperationKind.TRAINING,
                CooperationKind.INTEL_SHARING, CooperationKind.EXERCISE, CooperationKind.TECH_TRANSFER};
        for (int k = 0; k < order.length; k++) {
            m.put(order[k], new Kind(lists[3 * k], lists[3 * k + 1], lists[3 * k + 2]));
        }
        return m;
    }

    private static final String[] NONE = new String[0];

    static final KindCues ENGLISH = new KindCues(kinds(
            w("deliver, supply, suppli, sold, sell, sale, ship, send, sent, transfer, donat, hand over, handed, provid, gave, give, approv, export, "
                    + "purchas, buy, bought, acquir, procur"),
            w("weapon, arms, munition, ammunition, missile, rocket, tank, jet, fighter, warplane, aircraft, helicopter, drone, artiller, howitzer, "
                    + "rifle, interceptor, air defen, air-defen, patriot, himars, f-16, f-35, f-15, frigate, submarine, warship, military equipment, "
                    + "lethal, anti-tank, javelin, stinger, harpoon, sidewinder"),
            NONE,
            w("sign, conclud, renew, extend, reach, agreed, adopt, finaliz, ink, seal, forge, struck, upgrad, updat, ratif"),
            w("agreement, accord, pact, treaty, memorandum, mou, framework, roadmap, road map, arrangement, gsomia, sofa, deal"),
            w("defen, security, military, milit, intelligence, arms, weapon, forces, troops, nuclear, gsomia, info-sharing, information-sharing, sofa"),
            w("train, instruct, drill, mentor, advis, school"),
            w("troop, force, soldier, pilot, unit, personnel, officer, military, army, marine, cadet, police, brigade, battalion, commando"),
            NONE,
            w("shar, exchang, swap, suppl, provid, pass"),
            w("intelligence, information, gsomia, classified"),
            NONE,
            w("joint, combined, bilateral, multinational, conduct, held, hold, stag, launch, begin, began, start, kick"),
            w("exercise, drill, maneuver, manoeuvre, war game, wargame, balikatan, cobra gold, unitas, rimpac, bright star"),
            NONE,
            w("transfer, co-produc, coproduc, co-develop, codevelop, joint develop, joint product, licen, share"),
            w("technolog, know-how, production, develop"),
            w("defen, military, weapon, arms, aircraft, jet, tank, missile, engine, submarine")));

    static final KindCues FRENCH = new KindCues(kinds(
            w("livr, fourn, vend, vente, envo, transf, cede, ced, donn, remis, export, achet, achat, acqui, approuv, autoris"),
            w("arme, munition, missile, roquette, char, blinde, avion, chasseur, rafale, mirage, helicoptere, drone, artillerie, obus, fusil, "
                    + "fregate, sous-marin, materiel militaire, equipement, f-16, f-35"),
            NONE,
            w("sign, conclu, renouvel, prolong, paraph, adopt, scell, mis a jour, actualis, ratifi"),
            w("accord, traite, pacte, memorandum, protocole, feuille de route, arrangement, convention"),
            w("defense, securit, militaire, armee, armes, renseignement, forces, terroris, antiterroris"),
            w("form, entrain, instrui, instruct"),
            w("soldat, troupe, militaire, force, pilote, officier, policier, unite, armee, personnel"),
            NONE,
            w("partag, echang"),
            w("renseignement, information"),
            NONE,
            w("conjoint, commun, bilateral, organis, men, lanc, debut, particip"),
            w("exercice, manoeuvre, manœuvre, entrainement conjoint"),
            NONE,
            w("transfert, coproduc, co-produc, codevelopp, developpement conjoint, production sous licence, licence"),
            w("technolog, savoir-faire, production, developpement"),
            w("defense, militaire, arme, avion, char, sous-marin, missile")));

    static final KindCues SPANISH = new KindCues(kinds(
            w("entreg, suministr, vend, venta, envi, transfer, dona, donac, cedi, export, compr, adquir, aprob, autoriz"),
            w("arma, misil, cohete, tanque, carro de combate, avion, caza, helicoptero, dron, artilleria, obus, fusil, fragata, submarino, "
                    + "material militar, material belico, equipo militar, equipos militares, municion, f-16, f-35, armamento"),
            NONE,
            w("firm, suscrib, renov, prorrog, conclu, alcanz, sell, adopt, actualiz, ratific, acord"),
            w("acuerdo, tratado, pacto, memorando, convenio, hoja de ruta, carta de intencion, protocolo"),
            w("defensa, segurid, militar, armada, fuerzas, inteligencia, armas, belic, terroris, antiterroris"),
            w("entren, capacit, form, adiestr, instru"),
            w("soldad, tropa, militar, fuerza, piloto, oficial, policia, efectivo, personal, unidad, batallon, brigada"),
            NONE,
            w("intercambi, compart"),
            w("inteligencia, informacion"),
            NONE,
            w("conjunt, combinad, bilateral, realiz, desarroll, particip, inici, celebr"),
            w("ejercicio, maniobra, simulacro"),
            NONE,
            w("transferencia, coproduc, codesarroll, desarrollo conjunto, licencia"),
            w("tecnolog, conocimiento, produccion, desarrollo"),
            w("defensa, militar, arma, avion, tanque, submarino, misil")));

    static final KindCues PORTUGUESE = new KindCues(kinds(
            w("entreg, fornec, vend, venda, envi, transfer, doa, ced, export, compr, adquir, aprov, autoriz"),
            w("arma, missil, foguete, tanque, carro de combate, aviao, aviões, caca, helicoptero, drone, artilharia, obus, fuzil, fragata, submarino, "
                    + "material militar, equipamento, municao, f-16, f-35, armamento, blindado"),
            NONE,
            w("assin, firm, renov, prorrog, conclu, alcanc, sel, adot, atualiz, ratific, acord"),
            w("acordo, tratado, pacto, memorando, convenio, roteiro, carta de intencao, protocolo"),
            w("defesa, seguranc, militar, forcas, inteligencia, armas, belic, terroris, antiterroris"),
            w("trein, capacit, form, instru"),
            w("soldad, tropa, militar, forca, piloto, oficial, policia, efetivo, pessoal, unidade, batalhao, brigada"),
            NONE,
            w("intercamb, compartilh, partilh, troca"),
            w("inteligencia, informac"),
            NONE,
            w("conjunt, combinad, bilateral, realiz, particip, inici"),
            w("exercicio, manobra, simulacro"),
            NONE,
            w("transferencia, coproduc, codesenvolv, desenvolvimento conjunto, licenca"),
            w("tecnolog, conhecimento, producao, desenvolvimento"),
            w("defesa, militar, arma, aviao, submarino, missil, caca")));

    static final KindCues GERMAN = new KindCues(kinds(
            w("~liefer, ~verkauf, ~export, schick, ~uberlass, ~abgab, abgegeben, ~weitergabe, geliefert, ~kauf, erwerb, ~genehmig, bereitgestellt, stellt, "
                    + "zukommen, ~ubergeb, ~ubergab, ~uberreich"),
            w("~waffe, ~panzer, ~rakete, ~flugkorper, ~kampfjet, ~jet, ~flugzeug, ~hubschrauber, ~drohne, ~munition, ~haubitze, ~artillerie, ~gewehr, "
                    + "~fregatte, u-boot, ~rustung, ~ausrustung, ~kampfflugzeug, f-16, f16, f-35, ~abwehrsystem, ~militargerat, ~kriegsgerat, ~kriegsmaterial"),
            NONE,
            w("unterzeichn, unterschrieb, unterschrift, geschlossen, schlies, verlanger, erneuer, vereinbar, einig, besiegel, ratifizier, aktualisier, abgeschlossen"),
            w("~abkommen, ~vertrag, ~pakt, ~vereinbarung, memorandum, ~absichtserklarung, ~fahrplan, ~kooperation"),
            w("~verteidigung, ~sicherheit, ~militar, ~rustung, ~geheimdienst, ~waffe, ~streitkraft, ~terror"),
            w("~ausbild, ausgebildet, ~trainier, ~schul"),
            w("~soldat, ~truppe, ~streitkraft, ~pilot, ~offizier, ~polizist, ~einheit, ~armee, ~krafte, ~personal"),
            NONE,
            w("~austausch, ausgetauscht, teilen, geteilt, teilt, ~weitergabe"),
            w("~geheimdienst, ~nachrichtendienst, ~information, ~erkenntnis"),
            NONE,
            w("gemeinsam, bilateral, abgehalten, begonnen, beginn, durchgefuhrt, veranstalt, ~teilnahm, nehm"),
            w("~ubung, ~manover"),
            NONE,
            w("~technologietransfer, ~transfer, gemeinsam, ~koproduktion, ~lizenz"),
            w("~technolog, ~entwicklung, ~produktion, ~forschung"),
            w("~verteidigung, ~militar, ~rustung, ~waffe, ~luftverteidigung, ~panzer")));
}

package io.allywatch.engine.designation;

/** What a cue word does in a sentence about the status. */
enum Role {
    /** The status given: designate, grant, ernennen, otorgar. */
    GIVE,
    /** The status got: become, obtain, erhalten, convertirse. */
    OBTAIN,
    /** "join A, B and C (as holders)": its subject gets the status, its objects hold it already. */
    JOIN,
    /** The status held: have, enjoy, gozar, genießen. */
    HOLD,
    /** "is", "es", "ist": a holder, or a new one. */
    COPULA,
    /** The step as a noun: designation, désignation, Ernennung; its stage comes from what governs it. */
    NOUN,
    /** The step made official: sign (a memorandum), formalize, oficializar, unterzeichnen. */
    FORMALIZE,
    /** Announce: tells nothing by itself ("announced that he designated" / "announced he will designate"). */
    ANNOUNCE,
    /** Decided, not done: intend, plan, intención, beabsichtigen. */
    INTEND,
    /** Congress told of the intent: notify, notificar, informieren. */
    NOTIFY,
    /** Proposed or asked for: bill, propose, urge, pedir, Gesetzentwurf. */
    PROPOSE,
    /** Under consideration: consider, study, hope, envisager, erwägen. */
    CONSIDER,
    /** Taken away: revoke, terminate, retirer, entziehen. */
    REVOKE,
    /** Takes the claim back: not, never, ne, nicht. */
    NEGATION,
    /** A hypothesis, not a claim: could, if, podría, falls. */
    HEDGE,
    /** A threat, not a step: threaten, amenazar, drohen. */
    THREAT,
    /** A future or a plan in the auxiliary: will, va a, vai, wird, soll. */
    FUTURE,
    /** The past before the past: had, avait, había, tinha, hatte. */
    PLUPERFECT,
    /** A list of holders follows: such as, including, darunter, entre ellos. */
    LIST_INTRO,
    /** A date since when a holder holds it: since, depuis, desde, seit. */
    SINCE,
    /** The step is news: now, new, désormais, ahora, neuer. */
    NOW
}

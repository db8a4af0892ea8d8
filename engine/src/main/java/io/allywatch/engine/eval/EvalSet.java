package io.allywatch.engine.eval;

/** The lines of an evaluation report, each scored apart; the test split leads. */
public enum EvalSet {
    /** A quarter of the real documents, fixed by id ({@link RealSplit}): never used for rule work. */
    TEST("real, test split (never tuned on)"),
    /** The other real documents: what rule work looks at. */
    DEV("real, development"),
    /** Articles written for the gold set (eval/written.jsonl). */
    WRITTEN("written"),
    /** The seeds and the corpus articles annotated with the written ones (gold.jsonl), tuned on. */
    LEGACY("seeds and earlier corpus annotations");

    private final String title;

    EvalSet(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

package io.allywatch.contract;

/** {@code ce_type} values of contract v1. A breaking change gets a new {@code .v2} type. */
public final class CloudEventTypes {
    public static final String SPEC_VERSION = "1.0";
    public static final String ARTICLE = "io.allywatch.article.v1";
    public static final String DESIGNATION = "io.allywatch.designation.v1";
    public static final String AID = "io.allywatch.aid.v1";
    public static final String COOPERATION = "io.allywatch.cooperation.v1";
    /** Addition to v1: an {@link ArticleExtraction} on {@code articles.extracted}. */
    public static final String EXTRACTION = "io.allywatch.extraction.v1";

    private CloudEventTypes() {
    }
}

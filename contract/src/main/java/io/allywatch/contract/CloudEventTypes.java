package io.allywatch.contract;

/** {@code ce_type} values of contract v1. A breaking change gets a new {@code .v2} type. */
public final class CloudEventTypes {
    public static final String SPEC_VERSION = "1.0";
    public static final String ARTICLE = "io.allywatch.article.v1";
    public static final String DESIGNATION = "io.allywatch.designation.v1";
    public static final String AID = "io.allywatch.aid.v1";
    public static final String COOPERATION = "io.allywatch.cooperation.v1";

    private CloudEventTypes() {
    }
}

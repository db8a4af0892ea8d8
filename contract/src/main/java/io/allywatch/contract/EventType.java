package io.allywatch.contract;

/** The kinds of event; each has its own CloudEvents type and JSON Schema. */
public enum EventType {
    DESIGNATION(CloudEventTypes.DESIGNATION, "designation"),
    AID(CloudEventTypes.AID, "aid"),
    COOPERATION(CloudEventTypes.COOPERATION, "cooperation");

    private final String ceType;
    private final String schemaName;

    EventType(String ceType, String schemaName) {
        this.ceType = ceType;
        this.schemaName = schemaName;
    }

    /** The {@code ce_type} header of records that carry this event type. */
    public String ceType() {
        return ceType;
    }

    /** Base name of the JSON Schema and golden example files. */
    public String schemaName() {
        return schemaName;
    }
}

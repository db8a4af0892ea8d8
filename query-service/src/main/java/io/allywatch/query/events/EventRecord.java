package io.allywatch.query.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A real-world event as the read model knows it: derived from all its mentions, never edited directly. */
@Entity
@Table(name = "event_record")
public class EventRecord extends PanacheEntityBase {
    @Id
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "event_type")
    public String type;
    public String country;
    public String stage;
    @Column(name = "event_date")
    public String date;
    public boolean historical;
    public double confidence;
    @Column(name = "mention_count")
    public int mentionCount;
    @Column(name = "source_count")
    public int sourceCount;
    @Column(name = "first_seen")
    public Instant firstSeen;
    @Column(name = "last_seen")
    public Instant lastSeen;
    /** The event's JSON as told by its most confident mention. */
    public String payload;

    public static List<EventRecord> designationsOf(String country) {
        return list("type = ?1 and country = ?2", "DESIGNATION", country);
    }

    public static List<EventRecord> allDesignations() {
        return list("type", "DESIGNATION");
    }
}

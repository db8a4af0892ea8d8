package io.allywatch.query.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.contract.AidEvent;
import io.allywatch.contract.DesignationEvent;
import io.allywatch.contract.DesignationStage;
import io.allywatch.contract.EventType;
import io.allywatch.query.domain.EventRows;
import io.allywatch.query.domain.EventSummary;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
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
    /** Every country the event is about, as {@code ,PER,USA,} (see V2 migration). */
    public String countries;

    // AID only, from the most confident mention.
    public String donor;
    public String recipient;
    public BigDecimal amount;
    public String currency;
    @Column(name = "amount_usd")
    public BigDecimal amountUsd;
    @Column(name = "aid_year")
    public Integer year;
    @Column(name = "fiscal_year")
    public Boolean fiscalYear;
    @Column(name = "aid_status")
    public String aidStatus;
    public String purpose;
    public String program;
    @Column(name = "attributed_to")
    public String attributedTo;
    /** v1.1: MILITARY_SECURITY, ECONOMIC, HUMANITARIAN, MIXED, UNKNOWN (from purpose for v1.0 mentions). */
    @Column(name = "aid_scope")
    public String scope;
    /** v1.1: the eventId of the total this amount is a part of; summaries leave parts out. */
    @Column(name = "part_of")
    public String partOf;
    /** v1.1: an amount summed over years, booked to no single year. */
    public Boolean cumulative;
    @Column(name = "since_year")
    public Integer sinceYear;

    /** Takes the row's values: the type-specific ones from the event as its best mention tells it. */
    public void apply(EventRows.Row row) {
        eventId = row.eventId();
        type = row.type().name();
        confidence = row.confidence();
        payload = row.payload();
        mentionCount = row.mentionCount();
        sourceCount = row.sourceCount();
        firstSeen = row.firstSeen();
        lastSeen = row.lastSeen();
        historical = row.historical();
        date = row.date();
        if (row.told() instanceof DesignationEvent d) {
            country = d.country();
            stage = d.stage().name();
        } else if (row.told() instanceof AidEvent a) {
            donor = a.donor();
            recipient = a.recipient();
            amount = a.amount();
            currency = a.currency();
            amountUsd = a.amountUsd();
            year = a.year();
            fiscalYear = a.fiscalYear();
            aidStatus = a.status() == null ? null : a.status().name();
            purpose = a.purpose() == null ? null : a.purpose().name();
            program = a.program();
            attributedTo = a.attributedTo();
            scope = row.scope().name();
            partOf = a.partOf();
            cumulative = a.cumulative();
            sinceYear = a.sinceYear();
        }
        countries = countriesColumn(row.countries());
    }

    /** The event as lists and the stream show it. */
    public EventSummary summary(ObjectMapper json) {
        try {
            return new EventSummary(eventId, EventType.valueOf(type), countryList(),
                    stage == null ? null : DesignationStage.valueOf(stage), date, firstSeen, lastSeen, mentionCount, sourceCount,
                    confidence, json.readTree(payload));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String countriesColumn(List<String> codes) {
        return codes.isEmpty() ? null : "," + String.join(",", codes.stream().distinct().sorted().toList()) + ",";
    }

    public List<String> countryList() {
        return countries == null ? List.of() : Arrays.stream(countries.split(",")).filter(c -> !c.isEmpty()).toList();
    }

    public static List<EventRecord> designationsOf(String country) {
        return list("type = ?1 and country = ?2", "DESIGNATION", country);
    }

    public static List<EventRecord> allDesignations() {
        return list("type", "DESIGNATION");
    }
}

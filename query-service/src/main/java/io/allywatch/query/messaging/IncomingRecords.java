package io.allywatch.query.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.contract.ArticleExtraction;
import io.allywatch.contract.CloudEventTypes;
import io.allywatch.contract.Event;
import io.allywatch.contract.EventSchemas;
import io.allywatch.contract.RecordReader;
import io.allywatch.contract.Topics;
import io.allywatch.query.domain.UnreadableEvent;
import io.allywatch.query.store.ProjectionStore.ExtractionRecord;
import io.allywatch.query.store.ProjectionStore.MentionRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The records of one batch, read: an Event from the event topics, an extraction record from
 * articles.extracted, or the reason a record cannot be read. Each keeps its place in the batch.
 */
final class IncomingRecords {
    /** A readable mention record and its place in the batch. */
    record Mention(int index, MentionRecord record) {
    }

    /** A readable extraction record and its place in the batch. */
    record Extraction(int index, ExtractionRecord record) {
    }

    /** The ce_type values this version reads; a record without the header is read too (v1 producers may omit it). */
    static final Set<String> KNOWN_TYPES = Set.of(CloudEventTypes.DESIGNATION, CloudEventTypes.AID, CloudEventTypes.COOPERATION,
            CloudEventTypes.EXTRACTION);

    final List<Mention> mentions = new ArrayList<>();
    /** The ce_type of each record skipped because this version does not know its type. */
    final List<String> skippedTypes = new ArrayList<>();
    final List<Extraction> extractions = new ArrayList<>();
    final RuntimeException[] failures;

    private IncomingRecords(int size) {
        failures = new RuntimeException[size];
    }

    static IncomingRecords read(List<EventProjector.Received> records, RecordReader<Event> reader, ObjectMapper json) {
        IncomingRecords read = new IncomingRecords(records.size());
        for (int i = 0; i < records.size(); i++) {
            EventProjector.Received r = records.get(i);
            if (r.ceType() != null && !KNOWN_TYPES.contains(r.ceType())) {
                read.skippedTypes.add(r.ceType()); // neither projected nor a failure: acknowledged and counted
                continue;
            }
            try {
                String payload = reader.text(r.value());
                if (Topics.ARTICLES_EXTRACTED.equals(r.topic())) {
                    read.extractions.add(new Extraction(i, new ExtractionRecord(extraction(payload, json), r.timestamp())));
                } else {
                    read.mentions.add(new Mention(i, new MentionRecord(reader.read(payload), payload, r.timestamp())));
                }
            } catch (UnreadableEvent e) {
                read.failures[i] = e;
            }
        }
        return read;
    }

    boolean anyReadable() {
        return !mentions.isEmpty() || !extractions.isEmpty();
    }

    int readable() {
        return mentions.size() + extractions.size();
    }

    private static ArticleExtraction extraction(String payload, ObjectMapper json) {
        try {
            var node = json.readTree(payload);
            List<String> errors = EventSchemas.validateExtraction(node);
            if (!errors.isEmpty()) {
                throw new UnreadableEvent("not an article extraction record: " + String.join("; ", errors));
            }
            return json.treeToValue(node, ArticleExtraction.class);
        } catch (JsonProcessingException e) {
            throw new UnreadableEvent("not JSON: " + e.getOriginalMessage());
        }
    }
}

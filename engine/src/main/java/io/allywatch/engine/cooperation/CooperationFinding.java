package io.allywatch.engine.cooperation;

import io.allywatch.contract.CooperationEvent.CooperationKind;
import io.allywatch.engine.text.Sentence;
import java.util.List;

/** One kind of defence cooperation between countries, read from one sentence. */
public record CooperationFinding(List<String> actors, CooperationKind kind, String date, Sentence sentence, double confidence) {
}

package io.allywatch.engine.designation;

import io.allywatch.contract.DesignationStage;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A wording that tells which step of a designation a sentence reports, and where in the sentence
 * that wording puts the designated country.
 *
 * @param weak      a wording that also has other readings (a bare "to name"): lower confidence
 * @param recipient the country may also follow as "... status to Saudi Arabia"
 */
record StageCue(String name, Pattern pattern, DesignationStage stage, Slot slot, boolean weak, boolean recipient) {

    /** Where the designated country stands relative to the cue. */
    enum Slot {
        /** Between the cue and the status: "intends to designate [Peru] as a major non-NATO ally". */
        OBJECT,
        /** Before the cue: "[Argentina] gained this status in 1998", "[Peru] was named a ...". */
        SUBJECT
    }

    private static final String GIVE_VERB = "(?:designate|name|grant|make|elevate|give|confer|extend|upgrade|recogni[sz]e)";
    private static final String MANNER = "(?:formally\\s+|officially\\s+|soon\\s+|now\\s+|also\\s+)?";

    /** Checked in this order where two cues start at the same place; overlapping later ones are dropped. */
    static final List<StageCue> ALL = List.of(
            // PROPOSED: a bill, a proposal or calls, not a decision.
            cue("bill", DesignationStage.PROPOSED, Slot.OBJECT, false, false,
                    "\\b(?:bill|legislation|resolution|amendment|measure|proposal)s?\\b[^.;:]{0,60}?\\b(?:designate|designating|name|naming|grant|granting|recogni[sz]e|recogni[sz]ing)\\b"),
            cue("proposed", DesignationStage.PROPOSED, Slot.OBJECT, false, false,
                    "\\bpropos(?:e|es|ed|ing)\\b[^.;:]{0,30}?\\b(?:designat(?:e|ing)|nam(?:e|ing)|grant(?:ing)?)\\b"),
            cue("calls", DesignationStage.PROPOSED, Slot.OBJECT, false, false,
                    "\\b(?:calls?|called|calling|urged?|urges|urging|pushed|pushing|lobbied|lobbying|petitioned)\\b[^.;:]{0,40}?\\b(?:to|for)\\s+(?:designate|designating|name|naming|grant|granting)\\b"),
            // REVOKED
            cue("revoked-passive", DesignationStage.REVOKED, Slot.SUBJECT, false, false,
                    "\\b(?:was|were|is|has\\s+been|have\\s+been|had\\s+been)\\s+" + MANNER + "(?:revoked|rescinded|withdrawn|stripped|cancell?ed|terminated)\\b"),
            cue("revoke", DesignationStage.REVOKED, Slot.OBJECT, false, false,
                    "\\b(?:revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|strip(?:s|ped|ping)?|withdr(?:aw|aws|ew|awn|awing))\\b"),
            // INTENDED: announced, decided, Congress notified.
            cue("intends-to", DesignationStage.INTENDED, Slot.OBJECT, false, true,
                    "\\b(?:intends?|intended|intending|intention|intent|plans?|planned|planning|expected|expects?|set|poised|slated|due|going"
                            + "|decision|decided|decides|agreed|agrees|promised|promises|pledged|pledges|vowed|vows|moving|moves"
                            + "|prepares?|preparing|ready)\\s+to\\s+" + MANNER + GIVE_VERB + "\\b"),
            cue("will", DesignationStage.INTENDED, Slot.OBJECT, false, true,
                    "\\bwill\\s+" + MANNER + GIVE_VERB + "\\b"),
            cue("announced-would", DesignationStage.INTENDED, Slot.OBJECT, false, true,
                    "\\b(?:announced|announces|said|says|told|confirmed|confirms|informed|notified|declared|signaled|signalled|indicated)\\b"
                            + "[^.;]{0,80}?\\bwould\\s+" + MANNER + GIVE_VERB + "\\b"),
            cue("notified-congress", DesignationStage.INTENDED, Slot.OBJECT, false, false,
                    "\\bnotif(?:ied|ies|y|ying)\\s+(?:the\\s+)?(?:U\\.?S\\.?\\s+)?Congress\\b"),
            cue("to-be-designated", DesignationStage.INTENDED, Slot.SUBJECT, false, true,
                    "\\b(?:will|to)\\s+be\\s+" + MANNER + "(?:designated|named|granted|given|made|elevated|recogni[sz]ed)\\b"),
            cue("will-become", DesignationStage.INTENDED, Slot.SUBJECT, false, false,
                    "\\b(?:will|set\\s+to|expected\\s+to|poised\\s+to|slated\\s+to|due\\s+to|going\\s+to|about\\s+to)\\s+" + MANNER + "become\\b"),
            // DESIGNATED: in effect.
            cue("was-designated", DesignationStage.DESIGNATED, Slot.SUBJECT, false, true,
                    "\\b(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been)\\s+(?:formally\\s+|officially\\s+|already\\s+|now\\s+|also\\s+)?"
                            + "(?:designated|named|granted|given|made|elevated|declared|recogni[sz]ed|upgraded|accorded|afforded)\\b"),
            cue("became", DesignationStage.DESIGNATED, Slot.SUBJECT, false, false,
                    "\\b(?:became|becomes|has\\s+become|have\\s+become|had\\s+become|gained|gains|obtained|received|acquired|earned"
                            + "|won|secured|got|joined|attained|achieved)\\b"),
            cue("has-designated", DesignationStage.DESIGNATED, Slot.OBJECT, false, true,
                    "\\b(?:has|have|had)\\s+" + MANNER
                            + "(?:designated|named|elevated|granted|given|made|conferred|upgraded|recogni[sz]ed|accorded|afforded)\\b"),
            cue("designated", DesignationStage.DESIGNATED, Slot.OBJECT, false, true,
                    "\\b(?:designated|designates|elevated|elevates|granted|grants|named|names|made|makes|gave|gives|conferred|confers"
                            + "|upgraded|upgrades|accorded|afforded|affording|extended)\\b"),
            // A bare infinitive, typical of headlines: "Trump to name Peru a major non-NATO ally".
            cue("to-designate", DesignationStage.INTENDED, Slot.OBJECT, true, true,
                    "\\bto\\s+" + MANNER + "(?:designate|name|grant|elevate|make)\\b"));

    private static StageCue cue(String name, DesignationStage stage, Slot slot, boolean weak, boolean recipient, String regex) {
        return new StageCue(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), stage, slot, weak, recipient);
    }
}

package io.allywatch.engine.designation;

import java.util.List;

/**
 * What an article says about MNNA designations: the best finding per (country, stage), in text
 * order, and whether the status was mentioned at all (to explain an empty result).
 */
public record DesignationScan(List<DesignationFinding> findings, boolean mnnaMentioned) {
}

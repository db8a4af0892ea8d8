package io.allywatch.query.domain;

import java.util.Comparator;

/** Extractor versions compared as numbers, part by part: "0.10.0" is newer than "0.9.2". Pure logic. */
public final class ExtractorVersions {
    public static final Comparator<String> ORDER = ExtractorVersions::compare;

    private ExtractorVersions() {
    }

    public static int compare(String a, String b) {
        String[] x = a.split("[.+-]");
        String[] y = b.split("[.+-]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? number(x[i]) : 0;
            long q = i < y.length ? number(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }

    private static long number(String part) {
        try {
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            return 0; // a qualifier ("SNAPSHOT") counts as nothing
        }
    }

    public static boolean older(String a, String b) {
        return compare(a, b) < 0;
    }
}

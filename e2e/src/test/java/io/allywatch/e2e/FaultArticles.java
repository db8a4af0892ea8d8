package io.allywatch.e2e;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.allywatch.contract.ContractJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Corpus-shaped articles made for the fault test, so it never depends on the research corpus: a
 * headline and paragraphs of its own that report aid of a distinct amount (and in some an exercise
 * or a designation), then a body of 1–3 KB: in four of five, sentences drawn from the English seeds
 * (which report designations and cooperation), in the fifth the French seed whole. Every article
 * has a text (and so an id) of its own and events of its own beside the seeds'; the same
 * {@code n} gives the same articles.
 */
final class FaultArticles {
    private static final String[][] COUNTRIES = {
            {"Peru", "PER"}, {"Colombia", "COL"}, {"Argentina", "ARG"}, {"Brazil", "BRA"}, {"Kenya", "KEN"},
            {"the Philippines", "PHL"}, {"Thailand", "THA"}, {"Jordan", "JOR"}, {"Egypt", "EGY"}, {"Morocco", "MAR"},
            {"Tunisia", "TUN"}, {"Qatar", "QAT"}, {"Bahrain", "BHR"}, {"Kuwait", "KWT"}, {"Pakistan", "PAK"}};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    private static final String[] DESKS = {"regional desk", "defence desk", "Washington bureau", "Latin America desk",
            "foreign desk", "security correspondent"};
    private static final Pattern SEED = Pattern.compile("\\d{3}_[0-9a-f]+\\.txt");

    private FaultArticles() {
    }

    /** {@code n} articles as Article JSON lines (text, publishedAt, source, title), in order. */
    static List<String> generate(int n, Path seedsDir) throws IOException {
        List<String> seeds = new ArrayList<>();
        try (var files = Files.list(seedsDir)) {
            for (Path f : files.filter(p -> SEED.matcher(p.getFileName().toString()).matches()).sorted().toList()) {
                seeds.add(Files.readString(f, StandardCharsets.UTF_8).strip());
            }
        }
        if (seeds.size() < 2) {
            throw new IllegalStateException("the seed articles are missing from " + seedsDir);
        }
        String french = seeds.get(seeds.size() - 1); // seed 004
        List<String> sentences = new ArrayList<>();
        for (String seed : seeds.subList(0, seeds.size() - 1)) {
            for (String paragraph : seed.split("\n")) {
                for (String sentence : paragraph.split("(?<=[.!?”\"])\\s+(?=[A-Z“\"])")) {
                    if (sentence.strip().length() > 20) {
                        sentences.add(sentence.strip());
                    }
                }
            }
        }
        List<String> lines = new ArrayList<>(n);
        LocalDate firstDay = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < n; i++) {
            String[] recipient = COUNTRIES[i % COUNTRIES.length];
            String[] partner = COUNTRIES[(i / COUNTRIES.length + i + 3) % COUNTRIES.length];
            int millions = 5 + i; // distinct per article: each is an aid event of its own
            int year = 2016 + i % 10;
            LocalDate published = firstDay.plusDays(i % 700);
            String title = "US to give " + recipient[0] + " $" + millions + " million in security aid (dispatch " + i + ")";
            StringBuilder text = new StringBuilder();
            text.append(title).append('\n');
            text.append("The United States will provide $").append(millions).append(" million in military aid to ")
                    .append(recipient[0]).append(" in ").append(year)
                    .append(", the State Department said on ").append(published.getDayOfWeek().toString().charAt(0))
                    .append(published.getDayOfWeek().toString().substring(1).toLowerCase()).append(". Officials said the package, number ")
                    .append(i).append(" this year, would fund training and equipment for its armed forces.\n");
            if (i % 3 == 0 && !partner[1].equals(recipient[1])) {
                text.append(partner[0]).append(" and the United States held a joint naval exercise in ")
                        .append(MONTHS[i % 12]).append(' ').append(year).append(", the navy said. The drills involved ")
                        .append(4 + i % 20).append(" ships.\n");
            }
            if (i % 7 == 0) {
                text.append("President Donald Trump designated ").append(partner[0])
                        .append(" as a major non-NATO ally, the White House said.\n");
            }
            if (i % 5 == 4) {
                text.append(french).append('\n');
            } else {
                Random random = new Random(i);
                int count = 8 + random.nextInt(10);
                for (int k = 0; k < count; k++) {
                    text.append(sentences.get(random.nextInt(sentences.size()))).append(k % 3 == 2 ? "\n" : " ");
                }
                text.append('\n');
            }
            text.append("Reporting by the ").append(DESKS[i % DESKS.length]).append(", item ").append(i).append('.');
            ObjectNode article = ContractJson.mapper().createObjectNode();
            article.put("title", title);
            article.put("source", "fault-test wire");
            article.put("publishedAt", published.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
            article.put("text", text.toString());
            lines.add(ContractJson.mapper().writeValueAsString(article));
        }
        return lines;
    }
}

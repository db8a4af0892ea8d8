package io.allywatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestStateTest {
    @TempDir
    Path dir;

    @Test
    void anUnfinishedRunIsResumedFromWhereItStopped() throws IOException {
        Path articles = Files.writeString(dir.resolve("a.jsonl"), "{\"text\":\"1\"}\n{\"text\":\"2\"}\n");
        Path stateFile = dir.resolve("home").resolve(IngestCommand.STATE_FILE);
        IngestState state = IngestState.load(stateFile);
        state.advance(articles, 1);
        state.save();

        assertThat(IngestState.load(stateFile).done(articles)).isEqualTo(1);
    }

    @Test
    void aFinishedFileIsForgottenSoTheNextRunSendsItAllAgain() throws IOException {
        Path articles = Files.writeString(dir.resolve("a.jsonl"), "{\"text\":\"1\"}\n");
        Path stateFile = dir.resolve(IngestCommand.STATE_FILE);
        IngestState state = IngestState.load(stateFile);
        state.advance(articles, 1);
        state.finished(articles);
        state.save();

        assertThat(IngestState.load(stateFile).done(articles)).isZero();
        assertThat(stateFile).doesNotExist();
    }

    @Test
    void aChangedFileStartsFromTheBeginning() throws IOException {
        Path articles = Files.writeString(dir.resolve("a.jsonl"), "{\"text\":\"1\"}\n");
        Path stateFile = dir.resolve(IngestCommand.STATE_FILE);
        IngestState state = IngestState.load(stateFile);
        state.advance(articles, 1);
        state.save();
        Files.writeString(articles, "{\"text\":\"1\"}\n{\"text\":\"new\"}\n");
        Files.setLastModifiedTime(articles, FileTime.fromMillis(Files.getLastModifiedTime(articles).toMillis() + 5_000));

        assertThat(IngestState.load(stateFile).done(articles)).isZero();
    }

    @Test
    void aDamagedStateFileMeansAFullRunNotAFailure() throws IOException {
        Path stateFile = Files.writeString(dir.resolve(IngestCommand.STATE_FILE), "12\tnot-a-number\t3\t/x\n");
        assertThat(IngestState.load(stateFile).done(dir.resolve("x"))).isZero();
    }

    @Test
    void progressBarFillsWithTheShareDone() {
        assertThat(IngestProgress.bar(0)).isEqualTo("[" + ".".repeat(30) + "]");
        assertThat(IngestProgress.bar(0.5)).isEqualTo("[" + "#".repeat(15) + ".".repeat(15) + "]");
        assertThat(IngestProgress.bar(1)).isEqualTo("[" + "#".repeat(30) + "]");
    }
}

package io.allywatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmOptionsFileTest {
    /** The module runs its tests from cli/; the repository is its parent. */
    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();

    @Test
    void everyServiceOfTheLocalStackHasItsFlagsInItsManifestsFolder() {
        for (StackService s : StackService.ALL) {
            List<String> flags = s.jvmOptions(REPOSITORY);
            assertThat(flags).as(s.name()).anyMatch(f -> f.startsWith("-Xmx")).contains("-XX:+ExitOnOutOfMemoryError");
        }
    }

    @Test
    void aHeapGivenReplacesTheFilesHeapAndKeepsTheOtherFlagsInOrder() {
        List<String> lines = List.of("# comment", "", "JAVA_OPTS_APPEND=-Xmx192m  -XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        assertThat(JvmOptionsFile.parse(lines, null)).contains(List.of("-Xmx192m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        assertThat(JvmOptionsFile.parse(lines, "-Xmx96m")).contains(List.of("-Xmx96m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    }

    @Test
    void aFileWithoutTheKeyOrMissingSaysWhich(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("jvm.env"), "# nothing\nOTHER=1\n");
        assertThatThrownBy(() -> JvmOptionsFile.read(empty, null)).hasMessageContaining("jvm.env has no JAVA_OPTS_APPEND");
        assertThatThrownBy(() -> JvmOptionsFile.read(dir.resolve("absent.env"), null)).hasMessageContaining("absent.env");
    }
}

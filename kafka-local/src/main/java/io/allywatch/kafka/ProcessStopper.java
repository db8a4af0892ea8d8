package io.allywatch.kafka;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one way a process we started is stopped: SIGTERM, so it can close its logs and its Kafka
 * clients; after the grace a kill, so a stop never hangs. Used for the broker here and for the
 * services by the CLI.
 */
public final class ProcessStopper {
    /** How long a process may take to die after the kill (the kernel's part, not the process's). */
    static final Duration AFTER_KILL = Duration.ofSeconds(5);

    private ProcessStopper() {
    }

    /**
     * Stops the process and waits for it.
     *
     * @return true when it is gone
     */
    public static boolean stop(ProcessHandle process, Duration grace) {
        if (!process.isAlive()) {
            return true;
        }
        process.destroy();
        return awaitExit(process, grace) || kill(process);
    }

    /** Stops the process with this pid, if it still runs. */
    public static boolean stop(long pid, Duration grace) {
        return ProcessHandle.of(pid).map(p -> stop(p, grace)).orElse(true);
    }

    /** Kills at once and waits for it to be gone. */
    public static boolean kill(ProcessHandle process) {
        process.destroyForcibly();
        return awaitExit(process, AFTER_KILL);
    }

    /** Waits up to {@code timeout} for the process to exit; true when it has. */
    public static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (Exception e) {
            return !process.isAlive();
        }
    }
}

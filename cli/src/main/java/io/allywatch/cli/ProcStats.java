package io.allywatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What Linux says about a process: CPU time from /proc/PID/stat, resident memory from /proc/PID/status. */
final class ProcStats {
    /** Clock ticks per second of /proc/PID/stat's utime and stime (USER_HZ; 100 on Linux, `getconf CLK_TCK`). */
    static final double CLOCK_TICKS_PER_SECOND = Double.parseDouble(System.getProperty("allywatch.bench.clk-tck", "100"));

    /** Resident now and its high-water mark, in kB. */
    record Memory(long rssKb, long hwmKb) {
        static final Memory UNKNOWN = new Memory(-1, -1);
    }

    private ProcStats() {
    }

    /** User + system CPU seconds the process has used so far; negative when it is gone. */
    static double cpuSeconds(long pid) {
        try {
            return cpuSecondsOfStat(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static Memory memory(long pid) {
        try {
            return memoryOfStatus(Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")));
        } catch (IOException | RuntimeException e) {
            return Memory.UNKNOWN;
        }
    }

    /** Fields 14 (utime) and 15 (stime), counted after the command name, which may hold spaces and parentheses. */
    static double cpuSecondsOfStat(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // fields[0] is field 3 (state): utime is field 14, stime field 15.
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks / CLOCK_TICKS_PER_SECOND;
    }

    static Memory memoryOfStatus(List<String> lines) {
        long rss = -1;
        long hwm = -1;
        for (String line : lines) {
            if (line.startsWith("VmRSS:")) {
                rss = kilobytes(line);
            } else if (line.startsWith("VmHWM:")) {
                hwm = kilobytes(line);
            }
        }
        return new Memory(rss, hwm);
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    /** The 1, 5 and 15 minute load averages, as /proc/loadavg gives them. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}

package io.luodi.migration.engine.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * CPU seconds rather than wall-clock seconds: on a shared machine the wall clock measures the neighbours too,
 * while the CPU a loader and its PostgreSQL server burn is theirs alone. Linux only ({@code /proc}).
 */
final class CpuClock {

    /** Clock ticks per second of {@code /proc/<pid>/stat}; 100 on every Linux this runs on. */
    private static final double TICKS = 100.0;

    private CpuClock() {
    }

    /** CPU seconds this JVM has used, all threads (the engine's own, JIT compilers, garbage collector). */
    static double thisProcess() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** CPU seconds a live process has used so far. */
    static double process(ProcessHandle process) {
        try {
            String[] f = fields(process.pid());
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / TICKS;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The process id of the postmaster serving {@code connection}. */
    static long postmaster(Connection connection) throws SQLException, IOException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select pg_backend_pid()")) {
            row.next();
            return Long.parseLong(fields(row.getLong(1))[3]);
        }
    }

    /**
     * CPU seconds a PostgreSQL server has used: its processes alive now plus the backends it has already reaped
     * (their time is added to the postmaster's children's time when they exit).
     */
    static double postgres(long postmaster) throws IOException {
        String[] own = fields(postmaster);
        double ticks = Long.parseLong(own[13]) + Long.parseLong(own[14]) + Long.parseLong(own[15])
                + Long.parseLong(own[16]);
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>) processes::iterator) {
                String name = process.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String[] f = fields(Long.parseLong(name));
                    if (Long.parseLong(f[3]) == postmaster) {
                        ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended while we looked: its time is in the postmaster's children's time now
                }
            }
        }
        return ticks / TICKS;
    }

    /** The fields of {@code /proc/<pid>/stat}, 0-based, the command name (which may hold spaces) skipped over. */
    private static String[] fields(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String rest = stat.substring(stat.lastIndexOf(')') + 2);
        String[] tail = rest.trim().split(" ");
        String[] all = new String[tail.length + 2];
        all[0] = Long.toString(pid);
        all[1] = "(comm)";
        System.arraycopy(tail, 0, all, 2, tail.length);
        return all;
    }
}

package io.luodi.migration.engine.load;

import io.luodi.migration.engine.plan.Cleaning;
import io.luodi.migration.engine.plan.DatasetPlan;
import io.luodi.migration.engine.plan.RunMode;
import io.luodi.migration.engine.process.RowOutcome;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A FULL load run in its own JVM so that a test can kill it with {@code kill -9} half-way through the COPY. It says
 * {@value #STREAMING} once a good part of the rows is on its way, then keeps streaming until it is killed.
 * Arguments: JDBC URL, user, password, table, rows (or 0 to stream until killed).
 */
public final class CrashingLoad {

    static final String STREAMING = "streaming started";
    static final String DIRECT = "streaming straight into the target";

    private CrashingLoad() {
    }

    public static void main(String[] args) throws Exception {
        String table = args[3];
        long rows = Long.parseLong(args[4]);
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            DatasetPlan plan = plan(table);
            TargetTable target = TargetTables.describe(connection, table);
            try (CopyLoader loader = CopyLoader.open(connection, target, plan, RunMode.FULL, r -> { })) {
                System.out.println(loader.direct() != null ? DIRECT : "staging path");
                for (long line = 2; rows == 0 || line < rows + 2; line++) {
                    loader.accept(row(line));
                    if (line == 200_000) {
                        System.out.println(STREAMING);
                        System.out.flush();
                    }
                }
                LoadResult result = loader.finish();
                System.out.println("inserted " + result.inserted() + " passed " + result.reconciliation().passed());
            }
        }
    }

    static DatasetPlan plan(String table) {
        return LoadFixture.plan(table, List.of("id"), Cleaning.Dedupe.KEEP_FIRST, List.of("balance"), null,
                "id", "name", "birth_date", "balance");
    }

    static RowOutcome.Accepted row(long line) {
        return new RowOutcome.Accepted(line, Arrays.asList("N" + line, "病人" + line,
                LocalDate.of(1950, 1, 1).plusDays(line % 20_000), BigDecimal.valueOf(line % 100_000, 2)));
    }
}

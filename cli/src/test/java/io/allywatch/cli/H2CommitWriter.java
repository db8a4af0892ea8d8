package io.allywatch.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** The child of {@link H2DurabilityIT}: commits rows one by one, says so, then waits to be killed. */
public final class H2CommitWriter {
    private H2CommitWriter() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[1]);
        try (Connection c = DriverManager.getConnection(args[0]); Statement s = c.createStatement()) {
            s.execute("create table durable(id int primary key)");
            c.setAutoCommit(false);
            for (int i = 0; i < rows; i++) {
                s.execute("insert into durable values (" + i + ")");
                c.commit();
            }
            System.out.println("committed " + rows);
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}

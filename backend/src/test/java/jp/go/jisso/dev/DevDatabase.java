package jp.go.jisso.dev;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded PostgreSQL of `make run`: a real server whose data stays in a local folder
 * across restarts. Usage: DevDatabase <port> <data-dir>. Prints "JISSO_DB_READY <jdbc-url>"
 * when it accepts connections and stops the server cleanly on SIGTERM/SIGINT.
 */
public final class DevDatabase {

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 54320;
        File dataDir = new File(args.length > 1 ? args[1] : ".run/pgdata").getAbsoluteFile();
        File workDir = new File(dataDir.getParentFile(), "pg-work");
        dataDir.getParentFile().mkdirs();
        workDir.mkdirs();

        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(workDir)
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("Stopping PostgreSQL failed: " + e);
            }
            stopped.countDown();
        }));

        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select 1 from pg_database where datname = 'jisso'");
            if (!rs.next()) {
                s.execute("create database jisso");
            }
        }
        System.out.println("JISSO_DB_READY " + postgres.getJdbcUrl("postgres", "jisso"));
        System.out.flush();
        stopped.await();
    }
}

package vn.ketnghia.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded path, forced even where a PostgreSQL answers on 5432: a real server from the Maven Central
 * binaries, started (as nobody when the build runs as root), stopped, and started again on the same data.
 */
class EmbeddedPostgresTest {

    private static Path stateDir;

    @BeforeAll
    static void freshStateDir() {
        stateDir = Path.of("target/devstack-test-state").toAbsolutePath();
        Archives.deleteTree(EmbeddedPostgres.homeFor(stateDir, ServerUser.current()));
    }

    @Test
    void startsFromNothingKeepsDataAcrossRestartsAndRecreatesDatabases() throws SQLException {
        var settings = PostgresProvider.Settings.embeddedOnly(0);
        try (var provider = PostgresProvider.obtain(stateDir, settings)) {
            assertTrue(provider.server().description().startsWith("embedded PostgreSQL"), provider.server().description());
            assertTrue(provider.startedServer().isPresent(), "this provider started the server");
            var notes = provider.ensureDatabase("devstack_notes");
            try (var connection = notes.open(); var statement = connection.createStatement()) {
                try (var rows = statement.executeQuery("select 1")) {
                    assertTrue(rows.next());
                    assertEquals(1, rows.getInt(1));
                }
                statement.execute("create table note (text varchar(100) not null)");
                statement.execute("insert into note values ('Xã A Vao')");
            }
        }

        try (var provider = PostgresProvider.obtain(stateDir, settings)) {
            var notes = provider.ensureDatabase("devstack_notes");
            try (var connection = notes.open(); var statement = connection.createStatement()) {
                try (var rows = statement.executeQuery("select text, upper(text), current_setting('server_encoding') from note")) {
                    assertTrue(rows.next(), "the row written before the restart is still there");
                    assertEquals("Xã A Vao", rows.getString(1));
                    assertEquals("XÃ A VAO", rows.getString(2), "Vietnamese letters change case");
                    assertEquals("UTF8", rows.getString(3));
                }
            }
            var fresh = provider.recreateDatabase("devstack_notes");
            try (var connection = fresh.open(); var statement = connection.createStatement();
                    var rows = statement.executeQuery("select count(*) from pg_tables where tablename = 'note'")) {
                rows.next();
                assertEquals(0, rows.getInt(1), "a recreated database is empty");
            }
        }
    }

    @Test
    void aStalePidFileDoesNotStopTheServerFromStarting() throws Exception {
        var settings = PostgresProvider.Settings.embeddedOnly(0);
        Path home = EmbeddedPostgres.homeFor(stateDir, ServerUser.current());
        try (var provider = PostgresProvider.obtain(stateDir, settings)) {
            provider.ensureDatabase("postgres");
        }
        Path pidFile = home.resolve("data/postmaster.pid");
        assertFalse(Files.exists(pidFile), "a clean stop removes the pid file");
        // What a killed server leaves behind: our own PID is alive, but it is not a postgres process.
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n" + home.resolve("data") + "\n0\n5999\n");
        try (var provider = PostgresProvider.obtain(stateDir, settings);
                var connection = provider.server().open();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select 1")) {
            assertTrue(rows.next());
        }
    }
}

package vn.ketnghia.devstack;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Pattern;
import org.postgresql.Driver;

/** How to reach one PostgreSQL database, and a few words on where the server came from. */
public record PostgresConnection(String jdbcUrl, String username, String password, String description) {

    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?$");

    /** The same server and credentials, another database. */
    public PostgresConnection forDatabase(String database) {
        var matcher = URL.matcher(jdbcUrl);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        String parameters = matcher.group(3) == null ? "" : matcher.group(3);
        return new PostgresConnection(matcher.group(1) + "/" + database + parameters, username, password, description);
    }

    /**
     * Opens a JDBC connection. The driver is called directly rather than through DriverManager, which cannot
     * see drivers loaded by another class loader (as under Quarkus tests).
     */
    public Connection open() throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("ApplicationName", "ketnghia-devstack");
        Connection connection = new Driver().connect(jdbcUrl, properties);
        if (connection == null) {
            throw new SQLException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        return connection;
    }
}

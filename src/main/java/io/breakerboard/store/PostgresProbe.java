package io.breakerboard.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Connects once to a team store to say whether it can be used, before anything is saved or migrated: the server's
 * version, the role logged in as, the schema's version and whether the role may write. Opens no pool and changes
 * nothing. The password is handled as {@link PostgresDatabase} does: given from {@code PGPASSWORD}, else the
 * driver reads {@code ~/.pgpass}; messages never hold it.
 */
public final class PostgresProbe {
    private static final int TIMEOUT_SECONDS = 10;

    private PostgresProbe() {
    }

    /**
     * @param password from the caller's environment, or null to let the driver read {@code ~/.pgpass}
     * @return one sentence on what was found
     * @throws StoreException naming the server (without password) and what went wrong
     */
    public static String probe(StoreUrl url, String password) {
        Properties props = new Properties();
        if (!url.user().isEmpty()) {
            props.setProperty("user", url.user());
        }
        if (password != null && !password.isEmpty()) {
            props.setProperty("password", password);
        }
        props.setProperty("ApplicationName", "breakerboard");
        if (!url.options().containsKey("connectTimeout")) {
            props.setProperty("connectTimeout", Integer.toString(TIMEOUT_SECONDS));
        }
        props.setProperty("socketTimeout", Integer.toString(TIMEOUT_SECONDS));
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), props); Statement s = c.createStatement()) {
            String version;
            String role;
            try (ResultSet rs = s.executeQuery("SELECT current_setting('server_version'), current_user")) {
                rs.next();
                version = rs.getString(1);
                role = rs.getString(2);
            }
            return "Connected to PostgreSQL " + version + " at " + url + " as " + role + "; " + schema(s) + ".";
        } catch (SQLException e) {
            throw new StoreException("Cannot connect to the team store " + url + ": "
                    + PostgresDatabase.rootMessage(e)
                    + ". Check the address, that the server runs, and the password in PGPASSWORD or ~/.pgpass.", e);
        }
    }

    private static String schema(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL,"
                + " to_regclass('executions') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1) || !rs.getBoolean(2)) {
                return "no Breakerboard schema yet: the first process started with a role that may create tables"
                        + " creates it";
            }
        }
        String version;
        try (ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success"
                + " ORDER BY installed_rank DESC LIMIT 1")) {
            version = rs.next() ? rs.getString(1) : "?";
        }
        try (ResultSet rs = s.executeQuery("SELECT has_table_privilege('executions', 'INSERT')")) {
            rs.next();
            return "schema version " + version + (rs.getBoolean(1) ? ", this role may write"
                    : ", this role may only read (a viewer)");
        }
    }
}

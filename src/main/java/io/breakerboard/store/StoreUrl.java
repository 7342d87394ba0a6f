package io.breakerboard.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where a team store is: {@code postgresql://user@host[:port]/database[?sslmode=…]}, as given to
 * {@code --database}. It never holds a password: one written into the address is refused, and the password
 * comes from {@code PGPASSWORD} or {@code ~/.pgpass} when the connection is made. {@link #toString()} is safe to
 * show and log.
 *
 * @param user     the role to log in as; empty when the address names none (then the driver's default)
 * @param host     server host name or address
 * @param port     server port (5432 unless given)
 * @param database database name
 * @param options  query options passed to the driver (only {@code sslmode}, {@code sslrootcert},
 *                 {@code connectTimeout} and {@code ApplicationName})
 */
public record StoreUrl(String user, String host, int port, String database, Map<String, String> options) {
    private static final Set<String> OPTIONS = Set.of("sslmode", "sslrootcert", "connectTimeout", "ApplicationName");
    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    public StoreUrl {
        options = Map.copyOf(options);
    }

    /**
     * Reads an address given on the command line or in the settings.
     *
     * @throws IllegalArgumentException naming what is wrong, never repeating a password
     */
    public static StoreUrl parse(String text) {
        String given = text == null ? "" : text.strip();
        String scheme = given.startsWith("postgresql://") ? "postgresql://"
                : given.startsWith("postgres://") ? "postgres://" : null;
        if (scheme == null) {
            throw new IllegalArgumentException("--database takes postgresql://user@host:5432/database, not '"
                    + redact(given) + "'");
        }
        URI uri;
        try {
            uri = new URI(given);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--database " + redact(given) + " is not an address: " + e.getReason());
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            throw new IllegalArgumentException("--database must not hold a password (" + redact(given)
                    + "): set PGPASSWORD or put it in ~/.pgpass, so it is never stored or shown");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("--database " + given + " names no host");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (database.isEmpty() || database.contains("/")) {
            throw new IllegalArgumentException("--database " + given + " names no database (…:5432/DATABASE)");
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                if (!OPTIONS.contains(key)) {
                    throw new IllegalArgumentException("--database option '" + key + "' is not one of " + OPTIONS);
                }
                if (key.equals("sslmode") && !SSL_MODES.contains(value)) {
                    throw new IllegalArgumentException("sslmode=" + value + " is not one of " + SSL_MODES);
                }
                options.put(key, value);
            }
        }
        return new StoreUrl(userInfo == null ? "" : userInfo, uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(),
                database, options);
    }

    /** The address for the JDBC driver; holds no password either. */
    public String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host).append(':').append(port)
                .append('/').append(database);
        char sep = '?';
        for (Map.Entry<String, String> o : options.entrySet()) {
            url.append(sep).append(o.getKey()).append('=').append(o.getValue());
            sep = '&';
        }
        return url.toString();
    }

    /** Any text with the password of a {@code scheme://user:password@host} address replaced by {@code ***}. */
    public static String redact(String text) {
        return text == null ? null : text.replaceAll("(://[^:/@\\s]*):[^@/\\s]*@", "$1:***@");
    }

    @Override
    public String toString() {
        String query = options.isEmpty() ? "" : jdbcUrl().substring(jdbcUrl().indexOf('?'));
        return "postgresql://" + (user.isEmpty() ? "" : user + "@") + host + ":" + port + "/" + database + query;
    }
}

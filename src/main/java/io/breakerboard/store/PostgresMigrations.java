package io.breakerboard.store;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The migrations of a PostgreSQL store: every script of {@code db/migration}, except that a script of
 * {@code db/postgresql} with the same version takes its place. So a portable migration is written once, and
 * only one whose SQL differs (H2's VARBINARY, CLOB, packed blocks…) has a PostgreSQL variant. Flyway itself
 * refuses two scripts of one version in its locations, hence this provider.
 */
final class PostgresMigrations implements ResourceProvider {
    static final String SHARED = "db/migration";
    static final String VARIANTS = "db/postgresql";

    private final Map<Long, Script> scripts = new TreeMap<>();

    PostgresMigrations() {
        for (String name : NewSchema.scriptsIn(SHARED)) {
            scripts.put(Long.parseLong(NewSchema.version(name)), new Script(SHARED, name));
        }
        for (String name : NewSchema.scriptsIn(VARIANTS)) {
            scripts.put(Long.parseLong(NewSchema.version(name)), new Script(VARIANTS, name));
        }
        if (scripts.isEmpty()) {
            throw new StoreException("The migration scripts in " + SHARED + " cannot be listed from the class path.", null);
        }
    }

    /** The newest version, which a store at the current schema has applied last. */
    String newestVersion() {
        return Long.toString(((TreeMap<Long, Script>) scripts).lastKey());
    }

    /** The chosen scripts, as folder/name, oldest first. */
    List<String> paths() {
        List<String> paths = new ArrayList<>();
        scripts.values().forEach(s -> paths.add(s.getRelativePath()));
        return paths;
    }

    @Override
    public LoadableResource getResource(String name) {
        for (Script s : scripts.values()) {
            if (s.getFilename().equals(name) || s.getRelativePath().equals(name)) {
                return s;
            }
        }
        return null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> found = new ArrayList<>();
        for (Script s : scripts.values()) {
            if (!s.getFilename().startsWith(prefix)) {
                continue;
            }
            for (String suffix : suffixes) {
                if (s.getFilename().endsWith(suffix)) {
                    found.add(s);
                    break;
                }
            }
        }
        return found;
    }

    /** One script on the class path. */
    private static final class Script extends LoadableResource {
        private final String folder;
        private final String name;

        Script(String folder, String name) {
            this.folder = folder;
            this.name = name;
        }

        @Override
        public Reader read() {
            InputStream in = PostgresMigrations.class.getClassLoader().getResourceAsStream(getRelativePath());
            if (in == null) {
                throw new StoreException("Migration script " + getRelativePath() + " vanished from the class path.", null);
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return getRelativePath();
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return getRelativePath();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return folder + "/" + name;
        }
    }
}

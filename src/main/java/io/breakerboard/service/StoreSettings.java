package io.breakerboard.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breakerboard.store.PostgresProbe;
import io.breakerboard.store.StoreUrl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which store the window opens, as chosen in its settings: the data directory's embedded store, or a team store
 * at a {@code postgresql://user@host:5432/db} address checked as {@code --database} checks it. Saved in the data
 * directory's {@value #FILE_NAME} and applied on the next start ({@code --database} on the command line wins). The
 * address never holds a password, so none is ever saved: the password comes from {@code PGPASSWORD} or
 * {@code ~/.pgpass}, as for the command line.
 */
public final class StoreSettings {
    public static final String FILE_NAME = "store-settings.json";
    private static final String EMBEDDED = "embedded";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final StoreLocation inUse;

    /** The settings of {@code dataDir}, for a process using the store at {@code inUse}. */
    public StoreSettings(Path dataDir, StoreLocation inUse) {
        this.file = dataDir.resolve(FILE_NAME);
        this.inUse = inUse;
    }

    /** The store this process uses, in words (an address shown without password). */
    public String inUse() {
        return inUse.team().map(url -> "the team store " + url)
                .orElse("the embedded store in " + inUse.dataDir().toAbsolutePath().normalize());
    }

    /** The saved team store's address, or empty for the embedded store (also when nothing was saved). */
    public Optional<String> saved() {
        return read(file);
    }

    /** Where the choice is saved. */
    public Path file() {
        return file;
    }

    /** What is wrong with an address, in words naming it; empty when {@code --database} would take it. */
    public static Optional<String> problem(String address) {
        try {
            StoreUrl.parse(address);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage().replaceFirst("^--database ", "The address "));
        }
    }

    /**
     * Connects once to the team store at {@code address} and says what it found. Runs a query: call it off the
     * UI thread.
     *
     * @throws IllegalArgumentException when the address is not one ({@link #problem})
     * @throws io.breakerboard.store.StoreException naming the server and why it cannot be used
     */
    public String test(String address) {
        Optional<String> problem = problem(address);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return PostgresProbe.probe(StoreUrl.parse(address), System.getenv("PGPASSWORD"));
    }

    /**
     * Saves the choice for the next start: a team store's address, or empty for the embedded store.
     *
     * @throws IllegalArgumentException when the address is not one ({@link #problem}); nothing is saved then
     */
    public void save(Optional<String> address) {
        String json;
        if (address.isPresent()) {
            Optional<String> problem = problem(address.get());
            if (problem.isPresent()) {
                throw new IllegalArgumentException(problem.get());
            }
            json = JSON.createObjectNode().put("store", "postgresql")
                    .put("database", StoreUrl.parse(address.get()).toString()).toString();
        } else {
            json = JSON.createObjectNode().put("store", EMBEDDED).toString();
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * The team store's address saved in {@code file}; empty when there is no file or it chooses the embedded store.
     *
     * @throws IllegalArgumentException naming the file and what is wrong in it
     */
    public static Optional<String> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not JSON (line " + e.getLocation().getLineNr()
                    + "): fix it or delete it to use the embedded store");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String store = root == null ? "" : root.path("store").asText("");
        if (store.equals(EMBEDDED)) {
            return Optional.empty();
        }
        String address = root.path("database").asText("");
        Optional<String> problem = store.equals("postgresql") ? problem(address)
                : Optional.of("\"store\" must be \"embedded\" or \"postgresql\", got \"" + store + "\"");
        if (problem.isPresent()) {
            throw new IllegalArgumentException(file + ": " + problem.get()
                    + "; fix it in the window's Store settings or delete the file to use the embedded store");
        }
        return Optional.of(address);
    }

    /** The saved choice of the data directory {@code dataDir}, as {@link #read(Path)}. */
    public static Optional<String> savedIn(Path dataDir) {
        return read(dataDir.resolve(FILE_NAME));
    }
}

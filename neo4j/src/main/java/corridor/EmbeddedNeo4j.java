package corridor;

import corridor.service.ServiceProcess;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Starts Neo4j Community embedded, with Bolt on 127.0.0.1 only, and prints one ready line that the
 * Node side waits for. Usage:
 *
 *   EmbeddedNeo4j --data DIR --port PORT [--password-file FILE] [--tx-timeout-ms MS] [--pagecache-mb MB]
 *
 * With --password-file, authentication is on and user "neo4j" gets the password in that file
 * (set on every start, so rotating the file rotates the password). Without it, auth is off.
 * The process stops the database cleanly on SIGTERM/SIGINT and when its stdin closes, so a
 * crashed parent never leaves an orphan holding the store lock.
 */
public final class EmbeddedNeo4j {
    public static final String READY = "CORRIDOR_NEO4J_READY";

    public static void main(String[] args) {
        ServiceProcess.main(args, EmbeddedNeo4j::run);
    }

    private static void run(Map<String, String> opts) throws Exception {
        Path data = Path.of(ServiceProcess.require(opts, "data")).toAbsolutePath();
        int port = Integer.parseInt(ServiceProcess.require(opts, "port"));
        String passwordFile = opts.get("password-file");
        long txTimeoutMs = Long.parseLong(opts.getOrDefault("tx-timeout-ms", "0"));
        Files.createDirectories(data);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(data)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, passwordFile != null)
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                // Transaction time limits are enforced when the monitor looks (default every 2 s, so a
                // 1 s limit ended after up to 3 s); look more often so a query stops close to its limit.
                .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(200))
                .setConfig(GraphDatabaseSettings.pagecache_memory,
                        Long.parseLong(opts.getOrDefault("pagecache-mb", "512")) * 1024 * 1024);
        if (txTimeoutMs > 0) {
            builder.setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMillis(txTimeoutMs));
        }
        DatabaseManagementService dbms = builder.build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) {
            System.err.println("Neo4j did not become available within 2 minutes; see " + data.resolve("logs"));
            System.exit(3);
        }
        if (passwordFile != null) {
            String password = Files.readString(Path.of(passwordFile), StandardCharsets.UTF_8).trim();
            // The embedded API runs as an internal, fully privileged subject, so it can set the password
            // that Bolt clients must then present.
            try {
                dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
            } catch (RuntimeException e) {
                // On every start after the first the password is already this one, and Neo4j refuses
                // to "change" a password to itself: that refusal means the password is right.
                if (!causeChainMentions(e, "Old password and new password cannot be the same")) {
                    throw e;
                }
            }
        }
        System.out.println(READY + " bolt://127.0.0.1:" + port);
        System.out.flush();
        // Serve until parent-watch exits the JVM (the shutdown hook then stops Neo4j cleanly).
        ServiceProcess.serveUntilParentExits();
    }

    private static boolean causeChainMentions(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(text)) return true;
        }
        return false;
    }


}

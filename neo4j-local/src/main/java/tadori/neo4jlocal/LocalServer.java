package tadori.neo4jlocal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;

/**
 * A Neo4j Community server for Tadori: Bolt on 127.0.0.1:PORT, data under HOME.
 *
 * <p>Usage: {@code java [JVM flags] -cp "target/classes:target/lib/*" tadori.neo4jlocal.LocalServer PORT HOME
 * [--until-stdin-closes]}. With TADORI_NEO4J_PASSWORD set, auth is on (user neo4j, that password); unset, auth is
 * off and a warning says so. Prints one line starting with READY once the neo4j database answers, then runs until
 * SIGINT/SIGTERM, or, with --until-stdin-closes, until its standard input closes (the test runner went away).
 */
public final class LocalServer {
    // Small on purpose: a laptop or a shared test machine, not a production server.
    private static final Map<Setting<?>, Object> SETTINGS = Map.of(
            GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(128),
            GraphDatabaseSettings.preallocate_logical_logs, false,
            GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16),
            GraphDatabaseSettings.keep_logical_logs, "1 files",
            GraphDatabaseSettings.udc_enabled, false);

    private LocalServer() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3 || (args.length == 3 && !args[2].equals("--until-stdin-closes"))) {
            System.err.println("usage: LocalServer PORT HOME [--until-stdin-closes]");
            System.exit(2);
        }
        int port;
        try {
            port = Integer.parseInt(args[0]);
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65535) {
            System.err.println("error: port " + args[0] + " is not a TCP port (1-65535)");
            System.exit(2);
        }
        Path home = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(home);
        String password = System.getenv("TADORI_NEO4J_PASSWORD");
        boolean auth = password != null && !password.isEmpty();
        if (auth && password.length() < 8) {
            System.err.println("error: TADORI_NEO4J_PASSWORD must have at least 8 characters (Neo4j's minimum)");
            System.exit(2);
        }

        SocketAddress bolt = new SocketAddress("127.0.0.1", port);
        long started = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(SETTINGS)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, bolt)
                .setConfig(BoltConnector.advertised_address, bolt)
                // Stop in about a second, not five: the Bolt worker pool is idle when this server stops.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
        GraphDatabaseService database = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!database.isAvailable(120_000)) {
            System.err.println("error: the neo4j database did not become available within 120 s (see "
                    + home.resolve("logs") + ")");
            System.exit(1);
        }
        if (auth) {
            // The embedded API is not subject to auth: it sets the password the Bolt clients must give.
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } else {
            System.err.println("WARNING: TADORI_NEO4J_PASSWORD is not set: authentication is OFF; anyone on this "
                    + "machine can read and change the database at bolt://127.0.0.1:" + port);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("READY bolt://127.0.0.1:" + port + " home=" + home + " auth=" + (auth ? "on" : "off")
                + " started_in_ms=" + millis);
        System.out.flush();
        if (args.length == 3) {
            while (System.in.read() != -1) {
                // input is ignored; end of input means whoever started the server has gone
            }
            System.exit(0); // runs the shutdown hook, which stops Neo4j cleanly
        }
        Thread.currentThread().join(); // until SIGINT/SIGTERM
    }
}

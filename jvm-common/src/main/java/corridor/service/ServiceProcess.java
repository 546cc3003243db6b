package corridor.service;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * What every Java service the Node side starts (the embedded Neo4j, the NLP engine) does the same
 * way: options as --name value pairs, a watch on stdin so the process exits when its parent goes
 * (a crashed parent never leaves an orphan), and a failed start that exits at once with code 2
 * rather than leaving the parent to wait for its start timeout. Compiled into each module from
 * this one source folder (build-helper-maven-plugin), so the modules stay separate processes.
 */
public final class ServiceProcess {
    /** The service's own start, given its parsed options. */
    public interface Start {
        void run(Map<String, String> opts) throws Exception;
    }

    private static Thread parentWatch;

    private ServiceProcess() {}

    /** Blocks until the parent closes stdin (the watch then exits the JVM, running shutdown hooks). */
    public static void serveUntilParentExits() throws InterruptedException {
        parentWatch.join();
    }

    public static void main(String[] args, Start start) {
        try {
            // Watch stdin from the first moment: a parent that dies while the service is still
            // starting must not leave a JVM that finishes a whole start before it notices.
            parentWatch = new Thread(ServiceProcess::exitWhenStdinCloses, "parent-watch");
            parentWatch.setDaemon(true);
            parentWatch.start();
            start.run(parse(args));
        } catch (Throwable e) {
            // Library threads would keep the JVM alive after a failed start: exit instead.
            e.printStackTrace();
            System.exit(2);
        }
    }

    public static String require(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null) throw new IllegalArgumentException("missing --" + name);
        return v;
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + String.join(" ", args));
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        return opts;
    }

    private static void exitWhenStdinCloses() {
        try {
            while (System.in.read() != -1) {
                // The parent writes nothing; only the end of the stream matters.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone too.
        }
        System.exit(0);
    }
}

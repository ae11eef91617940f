package vn.ketnghia.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;

/**
 * What one launcher started: stopped in the reverse order, and watched, so that when one server dies the
 * others are stopped and the launcher fails with the end of the dead one's log.
 */
final class Supervisor {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    /** Most recently started first: the order to stop in. Concurrent, as the shutdown hook stops from its thread. */
    private final Deque<AutoCloseable> running = new ConcurrentLinkedDeque<>();
    /** Processes started here, by name, with their logs: if one exits, the run is over. */
    private final Map<String, Watched> watched = new ConcurrentHashMap<>();
    /** Whether a server runs inside this JVM (the portal), which keeps the launcher running with nothing to watch. */
    private volatile boolean servingInThisJvm;
    private volatile boolean stopping;

    private record Watched(ProcessHandle process, Path log) {
    }

    /** Something to stop when the launcher stops: a server in its own process, or one found running (a no-op). */
    void started(AutoCloseable server) {
        running.push(server);
    }

    /** A server inside this JVM, stopped like the others. */
    void startedInThisJvm(AutoCloseable server) {
        servingInThisJvm = true;
        running.push(server);
    }

    /** A process whose exit ends the run. */
    void watch(String name, ProcessHandle process, Path log) {
        watched.put(name, new Watched(process, log));
    }

    /**
     * Blocks until one of the watched processes exits, and returns the launcher's exit status: 0 if it exited
     * because we are stopping anyway, 1 if it died. With nothing to watch but a server in this JVM, blocks until
     * the JVM is told to stop.
     */
    int awaitFirstExit() {
        if (watched.isEmpty()) {
            if (!servingInThisJvm) {
                System.out.println("Nothing was started here (all reused); exiting.");
                return 0;
            }
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }
        var exits = watched.entrySet().stream()
                .map(entry -> entry.getValue().process().onExit().thenApply(process -> entry.getKey()))
                .toArray(CompletableFuture[]::new);
        String name = (String) CompletableFuture.anyOf(exits).join();
        if (stopping) {
            return 0;
        }
        Watched dead = watched.get(name);
        System.err.println();
        System.err.println(name + " stopped unexpectedly; stopping the rest. Last lines of " + dead.log() + ":");
        System.err.println(Processes.tail(dead.log(), 30));
        return 1;
    }

    /** Stops everything started, newest first; for the shutdown hook, so it runs however the JVM ends. */
    void stopAll() {
        stopping = true;
        // A server told to stop while it was still starting is not registered yet; as our child it is found here.
        List<ProcessHandle> starting = ProcessHandle.current().children().toList();
        if (running.isEmpty() && starting.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("Stopping…");
        AutoCloseable next;
        while ((next = running.poll()) != null) {
            try {
                next.close();
            } catch (Exception e) {
                System.err.println("  could not stop cleanly: " + e.getMessage());
            }
        }
        starting.stream().filter(ProcessHandle::isAlive).forEach(child -> Processes.stopTree(child, STOP_GRACE));
        System.out.println("Stopped.");
    }
}

package vn.ketnghia.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Starting, running and stopping the servers' processes. */
final class Processes {

    private Processes() {
    }

    /**
     * Starts a long-running server with exactly {@code environment}, its output going to {@code log} (replacing
     * the previous run's). It gets a session of its own, so that Ctrl-C in the terminal reaches only our JVM,
     * which then stops the servers in order instead of all of them dying at once.
     */
    static Process start(List<String> command, Path workingDir, Map<String, String> environment, Path log) {
        try {
            Files.createDirectories(log.getParent());
            var inOwnSession = new ArrayList<String>();
            inOwnSession.add("setsid");
            inOwnSession.addAll(command);
            var builder = new ProcessBuilder(inOwnSession)
                    .directory(workingDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().clear();
            builder.environment().putAll(environment);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command, e);
        }
    }

    /** Runs a command to completion and returns its output; a non-zero exit or a timeout is an error. */
    static String run(List<String> command, Path workingDir, Duration timeout) {
        try {
            var process = new ProcessBuilder(command)
                    .directory(workingDir.toFile())
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .start();
            // Read on a separate thread so a chatty command cannot block on a full pipe while we wait.
            var output = new StringBuilder();
            var reader = Thread.ofVirtual().start(() -> {
                try {
                    output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException ignored) {
                    // The process was killed; what was read so far is reported below.
                }
            });
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out after " + timeout.toSeconds() + " s: " + command);
            }
            reader.join();
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        "Failed (exit " + process.exitValue() + "): " + String.join(" ", command) + "\n" + output);
            }
            return output.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command, e);
        }
    }

    /**
     * Stops a process and everything it started: launcher scripts (Keycloak's kc.sh) run the real server as a
     * child, and a child left behind would keep the port.
     */
    static void stopTree(ProcessHandle process, Duration grace) {
        List<ProcessHandle> tree = Stream.concat(Stream.of(process), process.descendants()).toList();
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : tree) {
            long left = deadline - System.nanoTime();
            try {
                handle.onExit().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
            } catch (Exception notStoppedInTime) {
                handle.destroyForcibly();
            }
        }
    }

    /** The last lines of a log, to show why a server did not come up. */
    static String tail(Path log, int lines) {
        try {
            if (!Files.exists(log)) {
                return "(no log at " + log + ")";
            }
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(could not read " + log + ": " + e.getMessage() + ")";
        }
    }
}

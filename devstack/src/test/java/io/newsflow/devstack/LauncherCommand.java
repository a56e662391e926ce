package io.newsflow.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line the {@code newsflow} launcher builds for a packaged jar: this JVM's {@code java}, the launcher's JVM
 * flags (native access for RocksDB and Elasticsearch, Netty without Unsafe, Log4j as JUL's manager, Unsafe memory
 * access allowed from Java 23), a heap, {@code -jar} and the arguments. Tests that start stages as child processes use
 * it so they run them as users do.
 */
public final class LauncherCommand {
    /** The launcher's JVM flags (see the {@code newsflow} script). */
    public static final List<String> JVM_FLAGS = jvmFlags();

    private LauncherCommand() {}

    private static List<String> jvmFlags() {
        List<String> flags = new ArrayList<>(List.of("--enable-native-access=ALL-UNNAMED", "-Dio.netty.noUnsafe=true",
                "-Djava.util.logging.manager=org.apache.logging.log4j.jul.LogManager"));
        if (Runtime.version().feature() >= 23) flags.add("--sun-misc-unsafe-memory-access=allow");
        return List.copyOf(flags);
    }

    /** {@code java <flags> <heap> -jar <jar> <args…>}; {@code heap} is a flag such as {@code -Xmx512m}. */
    public static List<String> of(Path jar, String heap, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(JVM_FLAGS);
        command.add(heap);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return command;
    }
}

package io.newsflow.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Child JVMs running a small program from its source file: output, waits, environment and the ways of stopping. */
class ChildJvmTest {
    static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Prints its port (first argument) and CHILD_SAYS; exits with the second argument if there is one, else sleeps. */
    static final String CHILD = """
            public class Child {
                public static void main(String[] args) throws Exception {
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("stopped cleanly")));
                    System.out.println("port " + args[0]);
                    System.out.println("says " + System.getenv("CHILD_SAYS"));
                    if (args.length > 1) System.exit(Integer.parseInt(args[1]));
                    Thread.sleep(120_000);
                }
            }
            """;

    @TempDir
    Path dir;

    List<String> child(String... args) throws Exception {
        Path source = dir.resolve("Child.java");
        if (!Files.exists(source)) Files.writeString(source, CHILD);
        List<String> command = new java.util.ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), source.toString()));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void aRestartOnTheSameLogSeesOnlyItsOwnOutputAndStopIsSigterm() throws Exception {
        Path log = dir.resolve("logs/stage.log");
        try (ChildJvm first = ChildJvm.start("first", child("1", "0"), Map.of("CHILD_SAYS", "hello"), log)) {
            assertThat(first.awaitLine("port ", PATIENCE)).isEqualTo("1");
        }
        try (ChildJvm second = ChildJvm.start("second", child("2"), Map.of("CHILD_SAYS", "again"), log)) {
            assertThat(second.awaitLine("port ", PATIENCE)).as("not the first start's line").isEqualTo("2");
            second.awaitOwnOutput("says again", PATIENCE);
            assertThat(second.output()).doesNotContain("port 1", "hello");
            assertThat(second.output(0)).contains("port 1", "port 2");

            assertThat(second.stop()).as("a JVM that ended on SIGTERM: 128 + 15").isEqualTo(143);
            assertThat(second.output()).contains("stopped cleanly");
            assertThat(second.exitedAtNanos()).isPositive();
        }
    }

    @Test
    void kill9SkipsTheShutdownHooks() throws Exception {
        try (ChildJvm child = ChildJvm.start("killed", child("3"), Map.of(), dir.resolve("killed.log"))) {
            child.awaitLine("port ", PATIENCE);
            child.kill9();
            assertThat(child.alive()).isFalse();
            assertThat(child.exitCode()).as("128 + 9").isEqualTo(137);
            assertThat(child.output()).doesNotContain("stopped cleanly");
        }
    }

    @Test
    void aWaitEndsWithTheReasonWhenTheProcessExitsFirst() throws Exception {
        try (ChildJvm child = ChildJvm.start("quits", child("4", "3"), Map.of(), dir.resolve("quits.log"))) {
            assertThatThrownBy(() -> child.awaitLine("never printed", PATIENCE))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("quits exited with 3");
            assertThatThrownBy(() -> child.awaitOwnOutput("never printed", PATIENCE))
                    .hasMessageContaining("exited with 3");
        }
    }
}

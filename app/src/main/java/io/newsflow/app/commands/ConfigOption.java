package io.newsflow.app.commands;

import io.newsflow.app.config.ConfigLoader;
import io.newsflow.app.config.NewsflowConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --config FILE} option every command shares. */
public final class ConfigOption {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "YAML configuration; keys it omits keep their defaults (see newsflow-defaults.yaml).")
    Path file;

    public NewsflowConfig load() {
        return ConfigLoader.load(file, System.getenv());
    }
}

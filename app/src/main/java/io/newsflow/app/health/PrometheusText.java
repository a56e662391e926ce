package io.newsflow.app.health;

/**
 * A stage's health and the pipeline's Kafka figures in the Prometheus text exposition format (version 0.0.4), as
 * {@link StageEndpoint} serves them at {@code /metrics}.
 */
final class PrometheusText {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private PrometheusText() {}

    /** The metrics of {@code stage}; {@code snapshot} may be null (Kafka not readable). */
    static String of(String stage, StageEndpoint.Health health, KafkaPipelineStatus.Snapshot snapshot) {
        StringBuilder out = new StringBuilder();
        gauge(out, "newsflow_stage_up", "Whether this stage works (1) or not (0).");
        out.append("newsflow_stage_up{stage=\"").append(escape(stage)).append("\"} ").append(health.up() ? 1 : 0).append('\n');
        gauge(out, "newsflow_pipeline_status_readable", "Whether the lag and dead letters below could be read from Kafka.");
        out.append("newsflow_pipeline_status_readable ").append(snapshot == null ? 0 : 1).append('\n');
        if (snapshot == null) return out.toString();
        gauge(out, "newsflow_consumer_lag_records", "Records between a stage's committed offsets and the end of its input topic.");
        for (KafkaPipelineStatus.StageLag lag : snapshot.lag()) {
            if (lag.lag() == null) continue; // nothing committed yet: no figure rather than a made-up one
            out.append("newsflow_consumer_lag_records{stage=\"").append(escape(lag.stage())).append("\",group=\"")
                    .append(escape(lag.group())).append("\",topic=\"").append(escape(lag.topic())).append("\"} ")
                    .append(lag.lag()).append('\n');
        }
        gauge(out, "newsflow_dead_letters", "Dead letters on the dead-letters topic.");
        out.append("newsflow_dead_letters ").append(snapshot.deadLetters().total()).append('\n');
        return out.toString();
    }

    private static void gauge(StringBuilder out, String name, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n').append("# TYPE ").append(name).append(" gauge\n");
    }

    /** A label value: backslash, double quote and line feed escaped. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}

package io.newsflow.index.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The built-in page's files, read once from the classpath: {@code index.html}, {@code app.js}, {@code app.css} (in
 * {@value #FOLDER}) and ECharts from its Maven Central webjar ({@code org.webjars.npm:echarts}), so the page works
 * offline and needs no build step. Served by {@link SearchApi} at {@code /}, {@code /app.js}, {@code /app.css} and
 * {@code /vendor/echarts.min.js}.
 */
final class WebAssets {
    static final String FOLDER = "/io/newsflow/index/api/web/";
    static final String ECHARTS_POM = "/META-INF/maven/org.webjars.npm/echarts/pom.properties";

    /** A file to send: its media type and bytes. */
    record Asset(String contentType, byte[] body) {}

    private WebAssets() {}

    /** URL path → asset, for every file of the page. */
    static Map<String, Asset> load() {
        return Map.of(
                "/", new Asset("text/html; charset=utf-8", read(FOLDER + "index.html")),
                "/app.js", new Asset("text/javascript; charset=utf-8", read(FOLDER + "app.js")),
                "/app.css", new Asset("text/css; charset=utf-8", read(FOLDER + "app.css")),
                "/vendor/echarts.min.js", new Asset("text/javascript; charset=utf-8",
                        read("/META-INF/resources/webjars/echarts/" + echartsVersion() + "/dist/echarts.min.js")));
    }

    /** The ECharts version on the classpath (from the webjar's Maven metadata). */
    static String echartsVersion() {
        Properties p = new Properties();
        try (InputStream in = WebAssets.class.getResourceAsStream(ECHARTS_POM)) {
            if (in == null) throw new IllegalStateException("the ECharts webjar is missing from the classpath (" + ECHARTS_POM + ")");
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    private static byte[] read(String resource) {
        try (InputStream in = WebAssets.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the classpath");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}

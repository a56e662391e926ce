package io.newsflow.ingest.fetch;

import io.newsflow.ingest.rejection.InputRejectedException;
import io.newsflow.ingest.settings.FetchSettings;
import io.newsflow.schemas.DeadLetterReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * Polite, guarded HTTP GET on the JDK {@link HttpClient}. For every hop of a redirect chain (followed here, at most
 * {@code maxRedirects}): the {@link AddressGuard}, robots.txt, the host's {@link HostPacer} turn, then the request with
 * a descriptive User-Agent, conditional headers and {@code Accept-Encoding: gzip, deflate}. 5xx, 429, timeouts and
 * network errors are retried with exponential backoff (a {@code Retry-After} up to {@code maxCrawlDelay} is honoured).
 * The answer must be 2xx or 304 and of a type the {@link FetchKind} accepts; its body is size-capped while it
 * downloads and while it inflates. Every refusal is an {@link InputRejectedException} with a {@link DeadLetterReason} code.
 * Thread-safe; one instance serves all sources.
 */
public final class HttpFetcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HttpFetcher.class);

    private final FetchSettings settings;
    private final HttpClient client;
    private final AddressGuard guard;
    private final HostPacer pacer;
    private final RobotsRules robots;
    private final Sleeper sleeper;

    public HttpFetcher(FetchSettings settings) {
        this(settings, new AddressGuard(settings.allowHosts()), new HostPacer(settings), Sleeper.SYSTEM, System::nanoTime);
    }

    public HttpFetcher(FetchSettings settings, AddressGuard guard, HostPacer pacer, Sleeper sleeper, LongSupplier nanoTime) {
        this.settings = settings;
        this.guard = guard;
        this.pacer = pacer;
        this.sleeper = sleeper;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER) // followed here, so every hop is guarded and counted
                .build();
        this.robots = new RobotsRules(settings.userAgent(), settings.maxCrawlDelay(),
                uri -> exchange(uri, FetchKind.ROBOTS, Validators.NONE, false), pacer, nanoTime);
    }

    /** GETs {@code uri}: a 2xx document of an accepted type, or a 304 when {@code validators} still match. */
    public FetchResponse fetch(URI uri, FetchKind kind, Validators validators) throws InputRejectedException, InterruptedException {
        FetchResponse r = exchange(uri, kind, validators, true);
        if (r.notModified()) return r;
        if (r.status() < 200 || r.status() >= 300) {
            throw new InputRejectedException(DeadLetterReason.HTTP_ERROR, "HTTP " + r.status() + " for " + r.uri()
                    + (r.uri().equals(uri) ? "" : " (redirected from " + uri + ")"));
        }
        if (!kind.accepts(r.mimeType())) {
            throw new InputRejectedException(DeadLetterReason.UNSUPPORTED_TYPE, r.uri() + " is " + r.contentType() + ", not what a "
                    + kind.name().toLowerCase() + " may be");
        }
        return r;
    }

    /** Sitemap URLs listed in the robots.txt of {@code uri}'s origin. */
    public List<String> robotsSitemaps(URI uri) throws InterruptedException {
        return robots.sitemaps(uri);
    }

    private FetchResponse exchange(URI start, FetchKind kind, Validators validators, boolean obeyRobots)
            throws InputRejectedException, InterruptedException {
        URI uri = start;
        for (int hop = 0; ; hop++) {
            guard.check(uri);
            if (obeyRobots) robots.check(uri);
            HttpResponse<byte[]> response = withRetries(uri, kind, validators);
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                if (hop >= settings.maxRedirects()) {
                    throw new InputRejectedException(DeadLetterReason.TOO_MANY_REDIRECTS, "more than " + settings.maxRedirects() + " redirects from " + start);
                }
                uri = location(uri, response);
                continue;
            }
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            String mime = Bodies.mimeType(contentType);
            byte[] body = status == 304 ? new byte[0]
                    : Bodies.decode(response.body(), response.headers().firstValue("Content-Encoding").orElse(null), mime, settings.maxBodyBytes());
            return new FetchResponse(start, uri, status, contentType, mime, Bodies.charset(contentType), body, response.body().length,
                    new Validators(response.headers().firstValue("ETag").orElse(null),
                            response.headers().firstValue("Last-Modified").orElse(null)));
        }
    }

    private static URI location(URI from, HttpResponse<?> response) throws InputRejectedException {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null || location.isBlank()) {
            throw new InputRejectedException(DeadLetterReason.TOO_MANY_REDIRECTS, "HTTP " + response.statusCode() + " without Location from " + from);
        }
        try {
            return from.resolve(URI.create(location.strip()));
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException(DeadLetterReason.UNSUPPORTED_URL, "bad redirect Location '" + location + "' from " + from, e);
        }
    }

    private HttpResponse<byte[]> withRetries(URI uri, FetchKind kind, Validators validators) throws InputRejectedException, InterruptedException {
        Duration backoff = settings.retryBackoff();
        for (int attempt = 0; ; attempt++) {
            boolean last = attempt >= settings.maxRetries();
            try {
                HttpResponse<byte[]> response = send(uri, kind, validators);
                int status = response.statusCode();
                if (last || (status < 500 && status != 429)) return response;
                Duration wait = retryAfter(response).orElse(backoff);
                log.info("HTTP {} from {}: retry {} of {} in {}", status, uri, attempt + 1, settings.maxRetries(), wait);
                sleeper.sleep(wait);
            } catch (InputRejectedException e) {
                if (last || !e.reason().isTransient()) throw e;
                log.info("{} for {}: retry {} of {} in {}", e.reason(), uri, attempt + 1, settings.maxRetries(), backoff);
                sleeper.sleep(backoff);
            }
            backoff = backoff.multipliedBy(2);
        }
    }

    private java.util.Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After")
                .filter(v -> v.strip().matches("\\d{1,6}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v.strip())))
                .filter(d -> d.compareTo(settings.maxCrawlDelay()) <= 0);
    }

    private HttpResponse<byte[]> send(URI uri, FetchKind kind, Validators validators) throws InputRejectedException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", kind.acceptHeader())
                .header("Accept-Encoding", "gzip, deflate");
        if (validators.etag() != null) request.header("If-None-Match", validators.etag());
        if (validators.lastModified() != null) request.header("If-Modified-Since", validators.lastModified());
        try (HostPacer.Permit ignored = pacer.acquire(uri.getHost())) {
            CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(), BoundedBody.handler(settings.maxBodyBytes()));
            try {
                return future.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                throw new InputRejectedException(DeadLetterReason.TIMEOUT, "no complete answer from " + uri + " within " + settings.requestTimeout(), e);
            } catch (InterruptedException e) {
                future.cancel(true);
                throw e;
            } catch (ExecutionException e) {
                throw failure(uri, e.getCause());
            }
        }
    }

    private InputRejectedException failure(URI uri, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof BoundedBody.TooLargeException) return new InputRejectedException(DeadLetterReason.TOO_LARGE, uri + ": " + t.getMessage(), t);
            if (t instanceof HttpTimeoutException) {
                return new InputRejectedException(DeadLetterReason.TIMEOUT, "no answer from " + uri + " within " + settings.requestTimeout(), t);
            }
        }
        String what = cause instanceof IOException ? cause.toString() : String.valueOf(cause);
        return new InputRejectedException(DeadLetterReason.NETWORK_ERROR, "cannot fetch " + uri + ": " + what, cause);
    }

    @Override
    public void close() {
        client.close();
    }
}

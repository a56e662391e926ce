package io.newsflow.index.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A webhook endpoint on loopback (JDK HttpServer): keeps every JSON body POSTed to it, answers the queued statuses, then 204. */
final class WebhookReceiver implements AutoCloseable {
    private final HttpServer server;
    private final List<JsonNode> received = new ArrayList<>();
    private final Deque<Integer> statuses = new ArrayDeque<>();
    private final ObjectMapper json = new ObjectMapper();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            int status;
            synchronized (this) {
                status = statuses.isEmpty() ? 204 : statuses.removeFirst();
                JsonNode body = json.readTree(exchange.getRequestBody());
                if (status / 100 == 2 && "POST".equals(exchange.getRequestMethod())
                        && exchange.getRequestHeaders().getFirst("Content-Type").startsWith("application/json")) {
                    received.add(body);
                }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    /** The next answers, before it goes back to 204. */
    synchronized void answer(int... next) {
        for (int s : next) statuses.addLast(s);
    }

    /** Bodies accepted (answered 2xx), in arrival order. */
    synchronized List<JsonNode> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

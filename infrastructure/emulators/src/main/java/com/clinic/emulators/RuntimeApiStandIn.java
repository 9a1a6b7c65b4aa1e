package com.clinic.emulators;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local stand-in of the Lambda Runtime API (2018-06-01) a custom runtime's bootstrap polls: it hands out the
 * events {@link #invoke} queues, one per {@code GET …/invocation/next}, with the headers Lambda sends, and completes
 * each with what the runtime posts to {@code …/response} or {@code …/error}. An init error fails every pending
 * invocation.
 */
public final class RuntimeApiStandIn implements AutoCloseable {
    private static final String BASE = "/2018-06-01/runtime/";
    private final HttpServer server;
    private final BlockingQueue<String[]> events = new LinkedBlockingQueue<>();
    private final Map<String, CompletableFuture<Answer>> answers = new ConcurrentHashMap<>();
    private final CompletableFuture<String> initError = new CompletableFuture<>();
    private final AtomicLong firstPoll = new AtomicLong();
    /** Daemon threads, ended at close: a runtime's next poll waits here for an event that never comes. */
    private final ExecutorService executor = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "runtime-api-stand-in");
        thread.setDaemon(true);
        return thread;
    });
    private final String functionArn;

    /** What the runtime posted for an invocation: its response, or an error. */
    public record Answer(boolean error, String body) {
    }

    public RuntimeApiStandIn(String functionArn) throws IOException {
        this.functionArn = functionArn;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext(BASE, this::handle);
        server.start();
    }

    /** The value of {@code AWS_LAMBDA_RUNTIME_API}. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** The variables Lambda gives a runtime it starts to serve this API: where the API is, the task root, the handler. */
    public Map<String, String> runtimeEnvironment(Path task, String handler) {
        return Map.of("AWS_LAMBDA_RUNTIME_API", address(), "LAMBDA_TASK_ROOT", task.toString(), "_HANDLER", handler);
    }

    /** Queues an event; its answer completes when the runtime posts it. */
    public CompletableFuture<Answer> invoke(String event) {
        String id = UUID.randomUUID().toString();
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        answers.put(id, answer);
        initError.thenAccept(e -> answer.complete(new Answer(true, e)));
        events.add(new String[] {id, event});
        return answer;
    }

    /** When the runtime first asked for an event ({@link System#nanoTime}): its initialisation had ended. */
    public long firstPoll() {
        return firstPoll.get();
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath().substring(BASE.length());
        byte[] body = x.getRequestBody().readAllBytes();
        if (path.equals("invocation/next") && x.getRequestMethod().equals("GET")) {
            firstPoll.compareAndSet(0, System.nanoTime());
            String[] next;
            try {
                next = events.poll(10, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                next = null;
            }
            if (next == null) {
                reply(x, 500, "no event");
                return;
            }
            x.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", next[0]);
            x.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms",
                    Long.toString(System.currentTimeMillis() + 20_000));
            x.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn", functionArn);
            x.getResponseHeaders().add("Lambda-Runtime-Trace-Id",
                    "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1");
            x.getResponseHeaders().add("Content-Type", "application/json");
            reply(x, 200, next[1]);
        } else if (path.startsWith("invocation/") && x.getRequestMethod().equals("POST")) {
            String[] parts = path.split("/");
            CompletableFuture<Answer> answer = answers.remove(parts[1]);
            if (answer != null) {
                answer.complete(new Answer(parts[2].equals("error"), new String(body, StandardCharsets.UTF_8)));
            }
            reply(x, 202, "{\"status\":\"OK\"}");
        } else if (path.equals("init/error")) {
            initError.complete(new String(body, StandardCharsets.UTF_8));
            reply(x, 202, "{\"status\":\"OK\"}");
        } else {
            reply(x, 404, "{\"errorType\":\"NotFound\"}");
        }
    }

    private static void reply(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

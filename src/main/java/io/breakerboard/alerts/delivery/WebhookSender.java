package io.breakerboard.alerts.delivery;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** One POST of a JSON payload to a webhook, and what its answer means for a retry. */
final class WebhookSender {
    private static final int DETAIL_LIMIT = 200;
    // Made at the first delivery: building an HttpClient (its selector thread, TLS context) cost every process
    // that judges alerts about a tenth of a second at start, webhooks or not.
    private HttpClient http;

    /**
     * @param status     HTTP status; 0 when no answer came
     * @param retryAfter the wait the server asked for; null when it did not say
     * @param detail     the answer or error in a few words, cleared of URL and key
     */
    record Result(int status, Duration retryAfter, String detail) {
        boolean delivered() {
            return status >= 200 && status < 300;
        }

        /** Worth another try: no answer, a timeout, a rate limit or a server error. */
        boolean retryable() {
            return status == 0 || status == 408 || status == 429 || status >= 500;
        }
    }

    Result send(Webhook w, String body, Duration timeout) {
        HttpRequest req = HttpRequest.newBuilder(w.url()).timeout(timeout).header("Content-Type", "application/json")
                .header("User-Agent", "Breakerboard").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> r = http().send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String answer = r.body() == null ? "" : r.body().strip();
            if (answer.length() > DETAIL_LIMIT) {
                answer = answer.substring(0, DETAIL_LIMIT) + "…";
            }
            return new Result(r.statusCode(), retryAfter(r.headers().firstValue("retry-after")),
                    w.masked("HTTP " + r.statusCode() + (answer.isEmpty() ? "" : ": " + answer)));
        } catch (HttpTimeoutException e) {
            return new Result(0, null, "no answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return new Result(0, null, w.masked(e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(0, null, "interrupted");
        }
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1)
                    .build();
        }
        return http;
    }

    private static Duration retryAfter(Optional<String> header) {
        if (header.isEmpty()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(header.get().strip());
            return Duration.ofSeconds(Math.max(0, Math.min(seconds, 600)));
        } catch (NumberFormatException notSeconds) {
            return null;
        }
    }
}

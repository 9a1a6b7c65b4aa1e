package com.clinic.platform.api;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Lambda's stream entry for one kind of function (its runtimes take a stream handler before a typed one): the
 * event read with the context's JSON mapper into the fields the functions use (a {@link Payload}), handed on as
 * the typed event, and the answer written in the shape Lambda takes. The runtime client's reflective reader of the
 * whole event cost an HTTP function ~0.2 s of its cold start and a queue worker ~0.4 s.
 *
 * @param <I> the typed event the functions take
 * @param <O> the typed answer they give
 */
final class StreamEntry<I, O> {
    /** The fields of an event the functions use. */
    interface Payload<I> {
        I event();
    }

    private final Class<? extends Payload<I>> payload;
    private final Function<O, Object> answer;
    private final byte[] sample;
    private final O sampleAnswer;

    /**
     * {@code answer} turns the typed answer into the shape Lambda takes; {@code sample} (an event of every part the
     * functions read) and {@code sampleAnswer} are what {@link #rehearse} reads and writes.
     */
    StreamEntry(Class<? extends Payload<I>> payload, Function<O, Object> answer, String sample, O sampleAnswer) {
        this.payload = payload;
        this.answer = answer;
        this.sample = sample.getBytes(StandardCharsets.UTF_8);
        this.sampleAnswer = sampleAnswer;
    }

    void serve(JsonMapper json, InputStream input, OutputStream output, Function<I, O> handler) throws IOException {
        json.writeValue(output, answer.apply(handler.apply(json.readValue(input, payload).event())));
    }

    /**
     * Reads the sample and writes an answer (a Lambda start's background work, see {@code AtStart}, and SnapStart's
     * priming), so that the first event finds the JSON mapper's readers and writers for them loaded.
     */
    void rehearse(JsonMapper json) {
        try {
            json.readValue(sample, payload).event();
            json.writeValueAsBytes(answer.apply(sampleAnswer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

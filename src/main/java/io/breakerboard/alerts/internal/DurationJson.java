package io.breakerboard.alerts.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/** Durations in JSON as ISO-8601 text ({@code "PT5M"}), readable by people editing a settings file. */
public final class DurationJson {
    private DurationJson() {
    }

    public static SimpleModule module() {
        SimpleModule m = new SimpleModule("breakerboard-durations");
        m.addSerializer(Duration.class, new Writer());
        m.addDeserializer(Duration.class, new Reader());
        return m;
    }

    private static final class Writer extends StdSerializer<Duration> {
        Writer() {
            super(Duration.class);
        }

        @Override
        public void serialize(Duration value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class Reader extends StdDeserializer<Duration> {
        Reader() {
            super(Duration.class);
        }

        @Override
        public Duration deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Duration) ctx.handleUnexpectedToken(Duration.class, p);
            }
            String text = p.getText().trim();
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                return (Duration) ctx.handleWeirdStringValue(Duration.class, text,
                        "not an ISO-8601 duration; write it like PT30S, PT5M or PT24H");
            }
        }
    }
}

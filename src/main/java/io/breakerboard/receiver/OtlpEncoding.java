package io.breakerboard.receiver;

import java.util.Locale;

/** The two bodies OTLP/HTTP allows, told apart by their Content-Type; the response is sent in the request's. */
enum OtlpEncoding {
    PROTOBUF("application/x-protobuf"),
    JSON("application/json");

    final String contentType;

    OtlpEncoding(String contentType) {
        this.contentType = contentType;
    }

    /** The encoding a Content-Type header names (parameters such as charset ignored), or null for any other. */
    static OtlpEncoding of(String contentType) {
        if (contentType == null) {
            return null;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        for (OtlpEncoding e : values()) {
            if (e.contentType.equals(type)) {
                return e;
            }
        }
        return null;
    }
}

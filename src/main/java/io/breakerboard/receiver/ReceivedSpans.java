package io.breakerboard.receiver;

import io.breakerboard.ingest.format.trace.SpanRecord;
import java.util.List;

/**
 * The spans one request carried, and the reasons for the spans that could not be read (no trace id, no start
 * time); those count as rejected in the response's partial success.
 */
record ReceivedSpans(List<SpanRecord> spans, List<String> rejections) {
}

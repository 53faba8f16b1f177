package org.liaison.system;

import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * A stand-in for an OpenTelemetry Collector: takes the services' spans over OTLP/HTTP ({@code POST /v1/traces},
 * protobuf), the way they export them when {@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT} is set, and keeps the fields
 * a test asserts on. The few OTLP messages it reads are decoded from the protobuf wire format here.
 */
final class OtlpReceiver implements AutoCloseable {

    /** One received span; ids in lower-case hex, an empty parent for a root. */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name, Kind kind,
                        Map<String, String> attributes) {
    }

    /** OTLP's SpanKind numbers. */
    enum Kind { UNSPECIFIED, INTERNAL, SERVER, CLIENT, PRODUCER, CONSUMER }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    OtlpReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/traces", exchange -> {
            try (exchange) {
                byte[] body;
                try (InputStream in = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                        ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                spans.addAll(exportRequest(body));
                exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, -1);
            }
        });
        server.start();
    }

    /** The base URL to give as the OTLP endpoint (protocol http/protobuf). */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** ExportTraceServiceRequest: 1 resource_spans. ResourceSpans: 1 resource, 2 scope_spans. ScopeSpans: 2 spans. */
    private static List<ReceivedSpan> exportRequest(byte[] message) {
        List<ReceivedSpan> received = new ArrayList<>();
        for (Field resourceSpans : fields(message)) {
            if (resourceSpans.number() != 1) {
                continue;
            }
            String service = "";
            List<byte[]> scopeSpans = new ArrayList<>();
            for (Field field : fields(resourceSpans.bytes())) {
                if (field.number() == 1) {
                    service = attributes(field.bytes(), 1).getOrDefault("service.name", "");
                } else if (field.number() == 2) {
                    scopeSpans.add(field.bytes());
                }
            }
            for (byte[] scope : scopeSpans) {
                for (Field span : fields(scope)) {
                    if (span.number() == 2) {
                        received.add(span(service, span.bytes()));
                    }
                }
            }
        }
        return received;
    }

    /** Span: 1 trace_id, 2 span_id, 4 parent_span_id, 5 name, 6 kind, 9 attributes. */
    private static ReceivedSpan span(String service, byte[] message) {
        String traceId = "";
        String spanId = "";
        String parent = "";
        String name = "";
        Kind kind = Kind.UNSPECIFIED;
        for (Field field : fields(message)) {
            switch (field.number()) {
                case 1 -> traceId = HexFormat.of().formatHex(field.bytes());
                case 2 -> spanId = HexFormat.of().formatHex(field.bytes());
                case 4 -> parent = HexFormat.of().formatHex(field.bytes());
                case 5 -> name = new String(field.bytes(), StandardCharsets.UTF_8);
                case 6 -> kind = Kind.values()[(int) field.varint()];
                default -> {
                }
            }
        }
        return new ReceivedSpan(service, traceId, spanId, parent, name, kind, attributes(message, 9));
    }

    /** The string-valued KeyValue fields (1 key, 2 AnyValue with 1 string_value) of a message's field. */
    private static Map<String, String> attributes(byte[] message, int number) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Field field : fields(message)) {
            if (field.number() != number) {
                continue;
            }
            String key = null;
            String value = null;
            for (Field part : fields(field.bytes())) {
                if (part.number() == 1) {
                    key = new String(part.bytes(), StandardCharsets.UTF_8);
                } else if (part.number() == 2) {
                    for (Field any : fields(part.bytes())) {
                        if (any.number() == 1) {
                            value = new String(any.bytes(), StandardCharsets.UTF_8);
                        }
                    }
                }
            }
            if (key != null && value != null) {
                attributes.put(key, value);
            }
        }
        return attributes;
    }

    /** A field of a protobuf message: a varint (wire type 0), or the bytes of any other wire type. */
    private record Field(int number, long varint, byte[] bytes) {
    }

    private static List<Field> fields(byte[] message) {
        List<Field> fields = new ArrayList<>();
        ByteArrayInputStream in = new ByteArrayInputStream(message);
        while (in.available() > 0) {
            long tag = varint(in);
            int number = (int) (tag >>> 3);
            switch ((int) (tag & 7)) {
                case 0 -> fields.add(new Field(number, varint(in), new byte[0]));
                case 1 -> fields.add(new Field(number, 0, take(in, 8)));
                case 2 -> fields.add(new Field(number, 0, take(in, (int) varint(in))));
                case 5 -> fields.add(new Field(number, 0, take(in, 4)));
                default -> throw new IllegalArgumentException("unexpected protobuf wire type in " + tag);
            }
        }
        return fields;
    }

    private static byte[] take(ByteArrayInputStream in, int length) {
        byte[] bytes = new byte[length];
        if (in.read(bytes, 0, length) != length && length > 0) {
            throw new IllegalArgumentException("truncated protobuf field");
        }
        return bytes;
    }

    private static long varint(ByteArrayInputStream in) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.read();
            if (b < 0) {
                throw new IllegalArgumentException("truncated protobuf varint");
            }
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("protobuf varint too long");
    }
}

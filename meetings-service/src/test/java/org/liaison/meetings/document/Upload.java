package org.liaison.meetings.document;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A {@code POST /documents} as a browser's form sends it: multipart/form-data, text parts in UTF-8, the file's name
 * in UTF-8 as is (written by hand, so that what goes over the wire is exactly this).
 */
final class Upload {

    private final String boundary = "liaison-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final List<String> headers = new ArrayList<>();

    /** The answer: status, Content-Type and body. */
    record Answer(int status, String contentType, String body) {
        JsonPath json() {
            return JsonPath.from(body);
        }
    }

    Upload field(String name, String value) {
        part("form-data; name=\"" + name + "\"", "text/plain; charset=UTF-8",
                value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Upload file(String fileName, byte[] bytes) {
        part("form-data; name=\"file\"; filename=\"" + fileName + "\"", "application/octet-stream", bytes);
        return this;
    }

    /** The document as {@link SampleFiles} writes it, with the usual fields. */
    static Upload workingPaper(String fileName, byte[] bytes, String... meetingIds) {
        Upload upload = new Upload().field("title", "ورقة عمل مكتب العلاقات").field("kind", "working_paper")
                .field("language", "ar").file(fileName, bytes);
        for (String id : meetingIds) {
            upload.field("meetingIds", id);
        }
        return upload;
    }

    Upload header(String name, String value) {
        headers.add(name);
        headers.add(value);
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(body.toByteArray());
        all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return all.toByteArray();
    }

    Answer post(String token) {
        return send(token, HttpRequest.BodyPublishers.ofByteArray(bytes()));
    }

    Answer send(String token, HttpRequest.BodyPublisher publisher) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + "/documents"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(publisher);
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        try {
            HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void part(String disposition, String type, byte[] content) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\nContent-Type: " + type
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}

package org.liaison.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ToolsMainTest {

    @Test
    void keysAreMadeOnceAndKeptAfterwards(@TempDir Path dir) throws Exception {
        ToolsMain.keys(Map.of("--dir", dir.toString()));
        Path webhooksKey = dir.resolve(ToolsMain.WEBHOOKS_SECRET_KEY_FILE);
        assertTrue(Files.isRegularFile(dir.resolve(LocalKeys.PUBLIC_KEY)));
        assertTrue(Files.isRegularFile(dir.resolve(LocalKeys.PRIVATE_KEY)));
        assertEquals(32, Base64.getDecoder().decode(Files.readString(webhooksKey)).length,
                "what dashboard-service accepts as liaison.webhooks.secret-key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(webhooksKey)));

        String publicKey = Files.readString(dir.resolve(LocalKeys.PUBLIC_KEY));
        String secret = Files.readString(webhooksKey);
        ToolsMain.keys(Map.of("--dir", dir.toString()));
        assertEquals(publicKey, Files.readString(dir.resolve(LocalKeys.PUBLIC_KEY)),
                "tokens already issued stay valid");
        assertEquals(secret, Files.readString(webhooksKey), "stored webhook secrets stay readable");
    }

    @Test
    void aConflictIsAlreadyThereOnlyWhenItNamesTheRecordsOwnId() {
        String line = "{\"id\":\"9f776d74-524e-5feb-8183-8e9d8b33bf89\",\"kind\":\"negotiation_body\"}";
        assertTrue(SampleData.isThisRecord(line,
                "{\"status\":409,\"existingId\": \"9f776d74-524e-5feb-8183-8e9d8b33bf89\"}"));
        assertFalse(SampleData.isThisRecord(line,
                "{\"status\":409,\"existingId\":\"8097c008-f4a1-5613-b9c8-6bcfe942e19b\"}"),
                "a clash with another record is an error, not 'already there'");
        assertFalse(SampleData.isThisRecord("{\"kind\":\"council\"}",
                "{\"existingId\":\"9f776d74-524e-5feb-8183-8e9d8b33bf89\"}"));
    }

    @Test
    void aStatementIsPostedToItsOwnMeeting() {
        String line = "{\"id\": \"fdd2d756-0fa4-5bc2-86a0-6b37441b7034\", "
                + "\"meetingId\": \"fd82903a-2691-5d79-bef7-a1f6759af154\", \"speakerName\": \"بدر جاموس\"}";
        assertEquals("http://127.0.0.1:8082/meetings/fd82903a-2691-5d79-bef7-a1f6759af154/statements",
                SampleData.pathOf("http://127.0.0.1:8082/meetings/{meetingId}/statements", line));
        assertEquals("http://127.0.0.1:8082/meetings", SampleData.pathOf("http://127.0.0.1:8082/meetings", line));
        assertThrows(IllegalStateException.class,
                () -> SampleData.pathOf("/meetings/{meetingId}/statements", "{\"id\": \"x\"}"));
    }
}

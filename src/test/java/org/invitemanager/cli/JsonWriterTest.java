package org.invitemanager.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The command line's own JSON: exact text for the simple cases, and Jackson as the judge of the hard ones. */
class JsonWriterTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Test
    void writesNestedObjectsAndArraysCompactly() {
        String json = new JsonWriter().beginObject()
                .field("name", "x")
                .field("count", 3)
                .name("big").value(9_007_199_254_740_993L)
                .name("ok").value(true)
                .field("missing", (String) null)
                .field("none", (Integer) null)
                .name("list").beginArray().value("a").beginObject().endObject().beginArray().endArray().nullValue()
                .endArray()
                .name("empty").beginObject().endObject()
                .endObject().toString();

        assertEquals("{\"name\":\"x\",\"count\":3,\"big\":9007199254740993,\"ok\":true,\"missing\":null,"
                + "\"none\":null,\"list\":[\"a\",{},[],null],\"empty\":{}}", json);
    }

    @Test
    void aTopLevelArrayOrScalarIsADocumentToo() {
        assertEquals("[]", new JsonWriter().beginArray().endArray().toString());
        assertEquals("[1,2]", new JsonWriter().beginArray().value(1).value(2).endArray().toString());
        assertEquals("\"s\"", new JsonWriter().value("s").toString());
    }

    @Test
    void escapesQuotesBackslashesAndControlCharactersTheShortWayWhereThereIsOne() {
        String json = new JsonWriter().value("\"\\/\b\f\n\r\t\u0000\u001f\u007f").toString();

        assertEquals("\"\\\"\\\\/\\b\\f\\n\\r\\t\\u0000\\u001f\\u007f\"", json);
    }

    @Test
    void escapesTheLineSeparatorsThatBreakJavaScript() {
        assertEquals("\"a\\u2028b\\u2029c\"", new JsonWriter().value("a\u2028b\u2029c").toString());
    }

    @Test
    void keepsPairedSurrogatesAndEscapesLoneOnes() {
        assertEquals("\"🎉é\"", new JsonWriter().value("🎉é").toString());
        assertEquals("\"\\ud83dx\\ude00\"", new JsonWriter().value("\ud83dx\ude00").toString());
    }

    @Test
    void everyCharacterSurvivesARoundTripThroughJackson() throws Exception {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            if (!Character.isSurrogate(c)) {
                all.append(c);
            }
        }
        all.append("🎉 xmpp:localhost?register;preauth=T0k+/=");
        String json = new JsonWriter().beginObject().field("text", all.toString()).endObject().toString();

        JsonNode parsed = JACKSON.readTree(json);

        assertEquals(all.toString(), parsed.get("text").asText());
        assertFalse(json.chars().anyMatch(c -> c < 0x20 || c == 0x2028 || c == 0x2029), "raw control character");
        assertTrue(json.startsWith("{\"text\":\""));
    }

    @Test
    void misuseIsRefusedRatherThanWrittenAsBrokenJson() {
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().value("no name"));
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().name("n"));
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().endArray());
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().name("a").endObject());
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().name("a").name("b"));
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().toString());
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().endArray().value(1));
    }
}

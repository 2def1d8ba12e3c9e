package org.invitemanager.ui.commands;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Text areas' text as values: one per line. */
final class Lines {

    private Lines() {
    }

    /**
     * The lines of {@code text}, empty ones in the middle kept (they may separate paragraphs) and those at the end
     * dropped, since a final Enter is not meant as a value. Empty text has no lines.
     */
    static List<String> split(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.replace("\r", "").split("\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}

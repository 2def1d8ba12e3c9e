package org.invitemanager.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.invitemanager.domain.LabelledInvite;
import org.invitemanager.export.InviteCsv;
import org.invitemanager.export.PaperSize;
import org.invitemanager.export.PdfInviteSheet;

/**
 * The files a batch asked for: a printable PDF sheet and a CSV file. Both are checked before connecting, since a typo
 * found only after the server made the invites would leave them without their cards.
 *
 * @param pdf   the PDF to write, or null
 * @param paper the PDF's paper size
 * @param csv   the CSV to write, or null
 */
record BatchFiles(Path pdf, PaperSize paper, Path csv) {

    /** What was written, and whether anything could not be. */
    record Written(List<Path> files, boolean failed) { }

    /** @throws CliException with the usage exit code for a file that cannot be written where it is asked for */
    void check() throws CliException {
        if (pdf != null && csv != null && pdf.toAbsolutePath().normalize().equals(csv.toAbsolutePath().normalize())) {
            throw CliException.usage("--pdf and --csv name the same file.");
        }
        checkFolder("--pdf", pdf);
        checkFolder("--csv", csv);
    }

    private static void checkFolder(String option, Path file) throws CliException {
        if (file == null) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw CliException.usage(option + " " + file + " is a folder; give a file name.");
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw CliException.usage(option + " " + file + ": the folder " + folder + " does not exist.");
        }
    }

    /** Writes the files for the invites made; failures go to {@code err}, one line each. */
    Written write(List<LabelledInvite> invites, String server, PrintWriter err) {
        List<Path> written = new ArrayList<>();
        boolean failed = false;
        if (invites.isEmpty()) {
            return new Written(written, false);
        }
        if (pdf != null) {
            try {
                PdfInviteSheet.write(invites, paper, server, pdf);
                written.add(pdf);
            } catch (IOException | RuntimeException e) {
                failed = true;
                err.println("Error: cannot write the PDF " + pdf + ": " + reason(e) + ".");
            }
        }
        if (csv != null) {
            try {
                InviteCsv.write(invites, csv);
                written.add(csv);
            } catch (IOException | RuntimeException e) {
                failed = true;
                err.println("Error: cannot write the CSV " + csv + ": " + reason(e) + ".");
            }
        }
        return new Written(written, failed);
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        // Other messages might quote what was being written, links and tokens included.
        return e.getClass().getSimpleName();
    }
}

package org.invitemanager.qr;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** An immutable square grid of QR code modules, without quiet zone; {@code true} means dark. */
public final class QrMatrix {

    private final int size;
    private final BitSet dark;

    /**
     * Creates a matrix from row-major module values.
     *
     * @param size   modules per side
     * @param darkRowMajor {@code size * size} values, row by row; the array is copied
     */
    public QrMatrix(int size, boolean[] darkRowMajor) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1: " + size);
        }
        if (darkRowMajor.length != size * size) {
            throw new IllegalArgumentException("expected " + size * size + " modules, got " + darkRowMajor.length);
        }
        this.size = size;
        this.dark = new BitSet(size * size);
        for (int i = 0; i < darkRowMajor.length; i++) {
            dark.set(i, darkRowMajor[i]);
        }
    }

    /** Modules per side. */
    public int size() {
        return size;
    }

    /** Whether the module in column {@code x}, row {@code y} is dark. */
    public boolean isDark(int x, int y) {
        if (x < 0 || y < 0 || x >= size || y >= size) {
            throw new IndexOutOfBoundsException("module (" + x + ", " + y + ") outside " + size + "x" + size);
        }
        return dark.get(y * size + x);
    }

    /**
     * The dark modules as horizontal runs, row by row, left to right. Vector output (SVG, PDF, printing) draws one
     * rectangle per run, which keeps files small and leaves no hairline seams between neighbouring modules.
     */
    public List<DarkRun> darkRuns() {
        List<DarkRun> runs = new ArrayList<>();
        for (int y = 0; y < size; y++) {
            int x = 0;
            while (x < size) {
                if (!isDark(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < size && isDark(x, y)) {
                    x++;
                }
                runs.add(new DarkRun(y, start, x - start));
            }
        }
        return runs;
    }

    /** Dark modules next to each other in one row: {@code length} of them from column {@code column}. */
    public record DarkRun(int row, int column, int length) { }

    @Override
    public boolean equals(Object other) {
        return other instanceof QrMatrix m && m.size == size && m.dark.equals(dark);
    }

    @Override
    public int hashCode() {
        return 31 * size + dark.hashCode();
    }

    @Override
    public String toString() {
        return "QrMatrix[" + size + "x" + size + "]";
    }
}

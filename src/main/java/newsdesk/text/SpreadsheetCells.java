package newsdesk.text;

import org.jspecify.annotations.Nullable;

/**
 * Text a reader typed, made safe to open in a spreadsheet: a cell that a spreadsheet would take for a formula
 * (=, +, -, @, a tab or a carriage return first) gets a leading apostrophe, so opening an export runs nothing a
 * reader typed. For the CSV exports only; the JSON lines keep the text as typed.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static @Nullable String inert(@Nullable String cell) {
        return cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}

package fr.fidele.imports;

/** A row an import left out: its line in the file, the column at fault, and why. */
public record Rejection(int line, String field, String reason) {
}

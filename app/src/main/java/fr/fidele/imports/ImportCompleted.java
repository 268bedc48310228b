package fr.fidele.imports;

/**
 * A file was imported: customers or contacts written in bulk, which publish no event of their own per row. What was
 * imported changes the loyalty figures as a whole.
 */
public record ImportCompleted(long importId, ImportKind kind, int imported, int skipped, int rejected) {
}

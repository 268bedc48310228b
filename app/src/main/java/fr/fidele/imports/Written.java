package fr.fidele.imports;

/** What an import wrote: rows inserted, and good rows skipped because Fidèle already had them. */
record Written(int imported, int skipped) {
}

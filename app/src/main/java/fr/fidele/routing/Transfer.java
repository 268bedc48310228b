package fr.fidele.routing;

/** Where a transfer goes, a queue or a named advisor (one of the two), with the note the next advisor reads first. */
public record Transfer(String queue, String advisor, String note) {
}

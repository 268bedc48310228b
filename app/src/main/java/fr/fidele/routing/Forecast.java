package fr.fidele.routing;

/**
 * What the customer is told while waiting: the wait to expect (null when no advisor serves the queue), and whether
 * to offer a callback that keeps their place (a voice item whose wait is unknown or above the queue's threshold).
 */
public record Forecast(Long estimatedWaitSeconds, boolean offerCallback) {
}

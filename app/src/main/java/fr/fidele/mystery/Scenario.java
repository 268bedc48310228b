package fr.fidele.mystery;

import fr.fidele.casefile.Channel;

/** A scenario of a campaign: the situation the shopper plays, on which channel, what they ask, and what good looks like. */
public record Scenario(long id, long campaignId, String title, String situation, Channel channel, String ask, String good) {
}

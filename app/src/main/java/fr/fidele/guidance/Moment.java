package fr.fidele.guidance;

import java.util.Set;

import fr.fidele.casefile.Channel;
import fr.fidele.customers.Expertise;
import fr.fidele.casefile.Segment;

/** This customer at this moment, as the guide is chosen for it: the contact's reason (null: not yet known) and channel, who they are, and what they are living through. */
public record Moment(String reasonCode, Channel channel, Segment segment, Expertise expertise, String language, Set<Situation> situations) {
}

package fr.fidele.mystery;

import java.time.Instant;
import java.util.List;

import fr.fidele.casefile.Channel;
import fr.fidele.quality.Answer;

/** What a shopper reports of a visit: when, on which channel, what they saw, heard or were sent, and the grid's answers. */
public record Visit(Instant visitedAt, Channel channel, String evidence, List<Answer> answers) {
}

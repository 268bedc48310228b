package fr.fidele.knowledge;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the knowledge base, {@code fidele.knowledge.*}.
 *
 * @param signInSecret the secret the company's site and Fidèle share to sign a customer into the help centre (at least
 *                     32 characters; empty: nobody signs in, the help centre is read anonymously)
 * @param signedInFor  how long a customer stays signed in on the help centre after the company's site sent them
 */
@ConfigurationProperties("fidele.knowledge")
public record KnowledgeProperties(@DefaultValue("") String signInSecret, @DefaultValue("PT12H") Duration signedInFor) {
}

/**
 * Customers' stories with brands (seed 002, « Racontez vos histoires d'amour avec les marques »): a public page where
 * anyone tells a story about a brand, good or bad; a filter that holds a disguised advertisement for moderation with
 * its reasons; moderation before anything is public; and the brands ranked by the stories kept, with intervals.
 */
@ApplicationModule(allowedDependencies = { "platform", "voice" })
package fr.fidele.stories;

import org.springframework.modulith.ApplicationModule;

/**
 * People who grow (seed 002: advisors chosen, trained and followed up constantly, with clear instructions and
 * objectives on satisfaction and loyalty rather than time): objectives per advisor and team on satisfaction, loyalty
 * contribution, first-contact resolution and quality — never on handle time — with their progress; the training
 * catalogue, who followed what, and the modules an advisor's evaluations point to; coaching sessions with their agreed
 * actions and follow-up; and an anonymous advisor pulse survey set beside each team's customer satisfaction and
 * loyalty.
 */
@ApplicationModule(allowedDependencies = { "accounts", "loyalty", "platform", "quality" })
package fr.fidele.people;

import org.springframework.modulith.ApplicationModule;

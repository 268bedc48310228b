/**
 * Mystery shopping of the company and of its competitors (seeds 000 and 004): campaigns with scenarios (a situation,
 * a channel, what the shopper asks, what good looks like) and a quality grid; outside shoppers, with a role that sees
 * only their assignments, who visit, call, write or chat to the company and to named competitors and score each
 * contact with the grid, with its date, channel and evidence; results per criterion, per channel, the company against
 * each competitor with intervals and sample sizes, and the trend over waves.
 */
@ApplicationModule(allowedDependencies = { "accounts", "contacts", "platform", "quality" })
package fr.fidele.mystery;

import org.springframework.modulith.ApplicationModule;

/**
 * Quality you can see (seeds 000 and 004): evaluation grids (scorecards) by channel and situation, in versions, with
 * sections, weighted criteria on a scale or yes / no / not applicable, and critical criteria that fail the whole
 * evaluation; supervisors' evaluations of contacts drawn at random per advisor each month or chosen for a reason (a
 * detractor, a hang-up, a long transfer chain); the advisor's view, comment and one contest; calibration sessions
 * where several evaluators score the same contacts, their agreement measured by Krippendorff's alpha; and whether
 * contacts that score well keep customers.
 */
@ApplicationModule(allowedDependencies = { "accounts", "contacts", "loyalty", "platform" })
package fr.fidele.quality;

import org.springframework.modulith.ApplicationModule;

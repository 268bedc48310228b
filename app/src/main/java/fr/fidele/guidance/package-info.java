/**
 * The advisor's guides (seed 002, « Le call center idéal »): interview guides in natural language, one per situation
 * (a reason, a channel, a segment, a churn risk, an open complaint), with variants by the customer's expertise and
 * language, written and approved by supervisors, opened by themselves in the workspace beside the case file, and
 * measured on first-contact resolution, satisfaction and churn.
 */
@ApplicationModule(allowedDependencies = { "accounts", "contacts", "customers", "loyalty", "platform", "routing" })
package fr.fidele.guidance;

import org.springframework.modulith.ApplicationModule;

package fr.fidele.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import fr.fidele.FideleTest;
import fr.fidele.support.ApiClient;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint has a rule, and every rule refuses the roles it must refuse: each API endpoint is
 * called with a real token of each role (and with none), each page with each role. A new endpoint
 * missing from the tables below fails {@link #everyEndpointIsCovered()}.
 */
@FideleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessRulesTests {

	/** The company's people: the outside mystery shoppers see only their assignments. */
	private static final Set<Role> EVERYONE = EnumSet.of(Role.ADVISOR, Role.SUPERVISOR, Role.DIRECTOR, Role.ADMIN);
	/** Anyone signed in, mystery shoppers included: their account and tokens. */
	private static final Set<Role> SIGNED_IN = EnumSet.allOf(Role.class);
	private static final Set<Role> SHOPPER = EnumSet.of(Role.SHOPPER);
	private static final Set<Role> SHOPPERS_AND_MANAGERS = EnumSet.of(Role.SHOPPER, Role.SUPERVISOR, Role.DIRECTOR, Role.ADMIN);
	private static final Set<Role> CASE_WORKERS = EnumSet.of(Role.ADVISOR, Role.SUPERVISOR, Role.ADMIN);
	private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
	/** Only a person held between their password and their second factor, who has none of the roles yet. */
	private static final Set<Role> NOBODY = EnumSet.noneOf(Role.class);
	private static final Set<Role> MANAGERS = EnumSet.of(Role.SUPERVISOR, Role.DIRECTOR, Role.ADMIN);
	private static final Set<Role> DECIDERS = EnumSet.of(Role.DIRECTOR, Role.ADMIN);
	private static final Set<Role> HANDLERS = EnumSet.of(Role.ADVISOR, Role.SUPERVISOR);
	private static final Set<Role> ROUTING_LEADS = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);

	/** An endpoint, a path that reaches it, and the roles that may use it. */
	record Rule(HttpMethod method, String pattern, String path, Set<Role> allowed) {
		static Rule of(String method, String pattern, Set<Role> allowed) {
			return new Rule(HttpMethod.valueOf(method), pattern, pattern.replaceAll("\\{[^}]+}", "999999"), allowed);
		}
	}

	static final List<Rule> API = List.of(Rule.of("GET", "/api/me", SIGNED_IN), Rule.of("POST", "/api/users/{username}/unlock", ADMIN),
			Rule.of("GET", "/api/users", ADMIN), Rule.of("POST", "/api/users", ADMIN), Rule.of("PATCH", "/api/users/{username}", ADMIN),
			Rule.of("POST", "/api/users/{username}/password", ADMIN), Rule.of("GET", "/api/users/{username}/history", ADMIN),
			Rule.of("GET", "/api/teams", ADMIN), Rule.of("POST", "/api/teams", ADMIN),
			Rule.of("GET", "/api/mailboxes", ADMIN), Rule.of("POST", "/api/mailboxes", ADMIN), Rule.of("POST", "/api/mailboxes/{id}/read", ADMIN),
			Rule.of("PATCH", "/api/mailboxes/{id}", ADMIN), Rule.of("GET", "/api/reply-templates", ADMIN),
			Rule.of("POST", "/api/reply-templates", ADMIN), Rule.of("DELETE", "/api/reply-templates/{id}", ADMIN),
			Rule.of("GET", "/api/contact-forms", ADMIN), Rule.of("POST", "/api/contact-forms", ADMIN),
			Rule.of("POST", "/api/contact-forms/{id}/withdraw", ADMIN),
			Rule.of("GET", "/api/messaging/channels", ADMIN), Rule.of("POST", "/api/messaging/channels", ADMIN),
			Rule.of("POST", "/api/messaging/channels/{id}/withdraw", ADMIN),
			Rule.of("GET", "/api/chat/widgets", ADMIN), Rule.of("POST", "/api/chat/widgets", ADMIN),
			Rule.of("POST", "/api/chat/widgets/{id}/withdraw", ADMIN),
			Rule.of("POST", "/api/messaging/threads/{id}/customer", CASE_WORKERS),
			Rule.of("GET", "/api/email/cases/{caseId}/messages", EVERYONE), Rule.of("GET", "/api/email/attachments/{id}", EVERYONE),
			Rule.of("POST", "/api/email/threads/{id}/customer", CASE_WORKERS),
			Rule.of("GET", "/api/webhooks", ADMIN), Rule.of("POST", "/api/webhooks", ADMIN), Rule.of("DELETE", "/api/webhooks/{id}", ADMIN),
			Rule.of("POST", "/api/webhooks/{id}/enable", ADMIN), Rule.of("GET", "/api/webhooks/{id}/deliveries", ADMIN),
			Rule.of("GET", "/api/routing/queue-definitions", ADMIN), Rule.of("PUT", "/api/routing/queue-definitions/{code}", ADMIN),
			Rule.of("GET", "/api/routing/queue-definitions/{code}/calendar", ADMIN),
			Rule.of("GET", "/api/routing/settings", ADMIN), Rule.of("PUT", "/api/routing/settings", ADMIN),
			Rule.of("GET", "/api/loyalty/schedule", MANAGERS), Rule.of("POST", "/api/loyalty/schedule", DECIDERS),
			Rule.of("GET", "/api/loyalty/measure-defaults", MANAGERS), Rule.of("POST", "/api/loyalty/measure-defaults", DECIDERS),
			Rule.of("PUT", "/api/routing/queue-definitions/{code}/calendar", ADMIN),
			Rule.of("GET", "/api/routing/advisors/{username}/profile", ADMIN),
			Rule.of("PUT", "/api/routing/advisors/{username}/profile", ADMIN),
			Rule.of("GET", "/api/customers/{id}/personal-data", ADMIN), Rule.of("POST", "/api/customers/{id}/erasure", ADMIN),
			Rule.of("GET", "/api/privacy/reads", ADMIN), Rule.of("GET", "/api/privacy/retention", ADMIN),
			Rule.of("POST", "/api/privacy/retention", ADMIN),
			Rule.of("GET", "/api/customers", EVERYONE), Rule.of("POST", "/api/customers", CASE_WORKERS),
			Rule.of("GET", "/api/customers/{id}", EVERYONE), Rule.of("PATCH", "/api/customers/{id}", CASE_WORKERS),
			Rule.of("GET", "/api/customers/by-reference/{reference}", EVERYONE),
			Rule.of("GET", "/api/customers/{id}/outcomes", EVERYONE),
			Rule.of("POST", "/api/customers/{id}/outcomes", CASE_WORKERS),
			Rule.of("GET", "/api/customers/{id}/history", EVERYONE),
			Rule.of("GET", "/api/customers/{customerId}/contacts", EVERYONE),
			Rule.of("GET", "/api/customers/{customerId}/cases", EVERYONE),
			Rule.of("POST", "/api/contacts", CASE_WORKERS), Rule.of("GET", "/api/contacts/{id}", EVERYONE),
			Rule.of("PATCH", "/api/contacts/{id}", CASE_WORKERS), Rule.of("GET", "/api/contacts/{id}/history", EVERYONE),
			Rule.of("POST", "/api/cases", CASE_WORKERS), Rule.of("GET", "/api/cases/{id}", EVERYONE),
			Rule.of("PATCH", "/api/cases/{id}", CASE_WORKERS), Rule.of("GET", "/api/cases/{id}/contacts", EVERYONE),
			Rule.of("GET", "/api/cases/{id}/history", EVERYONE), Rule.of("GET", "/api/reasons", EVERYONE),
			Rule.of("POST", "/api/reasons", ADMIN), Rule.of("POST", "/api/imports/{kind}", ADMIN),
			Rule.of("GET", "/api/imports", ADMIN), Rule.of("GET", "/api/imports/{id}", ADMIN),
			Rule.of("GET", "/api/loyalty/experiences", MANAGERS), Rule.of("POST", "/api/loyalty/experiences", DECIDERS),
			Rule.of("GET", "/api/loyalty/satisfaction", MANAGERS),
			Rule.of("GET", "/api/voice/verbatims", MANAGERS), Rule.of("GET", "/api/voice/themes", MANAGERS), Rule.of("GET", "/api/voice/topics", MANAGERS),
			Rule.of("PUT", "/api/voice/topics/{code}", ADMIN), Rule.of("GET", "/api/voice/sentiment", MANAGERS),
			Rule.of("GET", "/api/voice/theme-effects", MANAGERS),
			Rule.of("GET", "/api/stories/waiting", ROUTING_LEADS), Rule.of("POST", "/api/stories/{id}/decision", ROUTING_LEADS),
			Rule.of("GET", "/api/stories/ranking", MANAGERS),
			Rule.of("GET", "/api/guides", EVERYONE), Rule.of("POST", "/api/guides", ROUTING_LEADS), Rule.of("GET", "/api/guides/{code}", EVERYONE),
			Rule.of("POST", "/api/guides/{code}/versions", ROUTING_LEADS), Rule.of("POST", "/api/guides/{code}/versions/{version}/proposal", ROUTING_LEADS),
			Rule.of("POST", "/api/guides/{code}/versions/{version}/approval", ROUTING_LEADS),
			Rule.of("POST", "/api/guides/{code}/versions/{version}/refusal", ROUTING_LEADS),
			Rule.of("POST", "/api/guides/{code}/suggestions", CASE_WORKERS), Rule.of("GET", "/api/guides/{code}/suggestions", ROUTING_LEADS),
			Rule.of("GET", "/api/guides/uses", EVERYONE), Rule.of("GET", "/api/guides/figures", MANAGERS),
			Rule.of("GET", "/api/catalogue/products", EVERYONE), Rule.of("PUT", "/api/catalogue/products/{code}", ADMIN),
			Rule.of("GET", "/api/catalogue/links", EVERYONE), Rule.of("POST", "/api/catalogue/links", ADMIN),
			Rule.of("DELETE", "/api/catalogue/links/{id}", ADMIN), Rule.of("POST", "/api/catalogue/imports/products", ADMIN),
			Rule.of("POST", "/api/catalogue/imports/links", ADMIN), Rule.of("GET", "/api/catalogue/suggestions", EVERYONE),
			Rule.of("GET", "/api/catalogue/rules", MANAGERS), Rule.of("PUT", "/api/catalogue/rules/{situation}", ROUTING_LEADS),
			Rule.of("GET", "/api/catalogue/figures", MANAGERS), Rule.of("GET", "/api/catalogue/customers/{customerId}/products", EVERYONE),
			Rule.of("PUT", "/api/catalogue/customers/{customerId}/products/{code}", CASE_WORKERS),
			Rule.of("GET", "/api/knowledge/articles", EVERYONE), Rule.of("POST", "/api/knowledge/articles", ROUTING_LEADS),
			Rule.of("GET", "/api/knowledge/articles/{slug}", EVERYONE), Rule.of("PUT", "/api/knowledge/articles/{slug}", ROUTING_LEADS),
			Rule.of("GET", "/api/knowledge/articles/{slug}/versions", EVERYONE), Rule.of("POST", "/api/knowledge/articles/{slug}/feedback", EVERYONE),
			Rule.of("GET", "/api/knowledge/self-service", EVERYONE), Rule.of("GET", "/api/knowledge/review-due", MANAGERS),
			Rule.of("GET", "/api/knowledge/usefulness", MANAGERS),
			Rule.of("GET", "/api/knowledge/categories", EVERYONE), Rule.of("PUT", "/api/knowledge/categories/{code}", ADMIN),
			Rule.of("GET", "/api/knowledge/synonyms/{language}", ADMIN), Rule.of("PUT", "/api/knowledge/synonyms/{language}", ADMIN),
			Rule.of("GET", "/api/quality/grids", EVERYONE), Rule.of("POST", "/api/quality/grids", ROUTING_LEADS),
			Rule.of("GET", "/api/quality/grids/{id}", EVERYONE), Rule.of("GET", "/api/quality/draws", ROUTING_LEADS),
			Rule.of("POST", "/api/quality/draws", ROUTING_LEADS), Rule.of("POST", "/api/quality/evaluations", ROUTING_LEADS),
			Rule.of("GET", "/api/quality/evaluations/mine", EVERYONE), Rule.of("GET", "/api/quality/evaluations/{id}", EVERYONE),
			Rule.of("POST", "/api/quality/evaluations/{id}/comment", HANDLERS), Rule.of("POST", "/api/quality/evaluations/{id}/contest", HANDLERS),
			Rule.of("POST", "/api/quality/evaluations/{id}/decision", ROUTING_LEADS), Rule.of("GET", "/api/quality/contests", ROUTING_LEADS),
			Rule.of("GET", "/api/quality/calibrations", ROUTING_LEADS), Rule.of("POST", "/api/quality/calibrations", ROUTING_LEADS),
			Rule.of("POST", "/api/quality/calibrations/{id}/evaluations", ROUTING_LEADS), Rule.of("GET", "/api/quality/calibrations/{id}", MANAGERS),
			Rule.of("GET", "/api/quality/figures/advisors", MANAGERS), Rule.of("GET", "/api/quality/figures/grids/{id}", MANAGERS),
			Rule.of("GET", "/api/quality/figures/outcomes", MANAGERS),
			Rule.of("GET", "/api/gratitude/reminders", CASE_WORKERS), Rule.of("GET", "/api/gratitude/reminders/open", ROUTING_LEADS),
			Rule.of("POST", "/api/gratitude/moments", CASE_WORKERS), Rule.of("POST", "/api/gratitude/reminders/{id}/thanked", CASE_WORKERS),
			Rule.of("POST", "/api/gratitude/reminders/{id}/dismissed", CASE_WORKERS), Rule.of("GET", "/api/gratitude/customers/{customerId}", EVERYONE),
			Rule.of("POST", "/api/gratitude/scan", ROUTING_LEADS), Rule.of("GET", "/api/gratitude/figures", MANAGERS),
			Rule.of("POST", "/api/people/objectives", ROUTING_LEADS), Rule.of("GET", "/api/people/objectives", MANAGERS),
			Rule.of("GET", "/api/people/objectives/mine", HANDLERS), Rule.of("GET", "/api/people/training/modules", EVERYONE),
			Rule.of("PUT", "/api/people/training/modules/{code}", ROUTING_LEADS), Rule.of("POST", "/api/people/training/records", ROUTING_LEADS),
			Rule.of("GET", "/api/people/advisors/{id}/training", MANAGERS), Rule.of("GET", "/api/people/training/mine", HANDLERS),
			Rule.of("POST", "/api/people/coaching", ROUTING_LEADS), Rule.of("POST", "/api/people/coaching/{id}/follow-up", ROUTING_LEADS),
			Rule.of("GET", "/api/people/advisors/{id}/coaching", MANAGERS), Rule.of("GET", "/api/people/coaching/mine", HANDLERS),
			Rule.of("POST", "/api/people/pulse", HANDLERS), Rule.of("GET", "/api/people/pulse", MANAGERS),
			Rule.of("GET", "/api/mystery/campaigns", MANAGERS), Rule.of("POST", "/api/mystery/campaigns", ROUTING_LEADS),
			Rule.of("GET", "/api/mystery/campaigns/{id}/results", MANAGERS), Rule.of("GET", "/api/mystery/campaigns/{id}/assignments", MANAGERS),
			Rule.of("GET", "/api/mystery/competitors", MANAGERS), Rule.of("POST", "/api/mystery/competitors", ROUTING_LEADS),
			Rule.of("POST", "/api/mystery/assignments", ROUTING_LEADS), Rule.of("GET", "/api/mystery/assignments/mine", SHOPPER),
			Rule.of("GET", "/api/mystery/assignments/{id}", SHOPPERS_AND_MANAGERS), Rule.of("POST", "/api/mystery/assignments/{id}/visit", SHOPPER),
			Rule.of("GET", "/api/knowledge/help-centre", ADMIN), Rule.of("PUT", "/api/knowledge/help-centre", ADMIN),
			Rule.of("GET", "/api/loyalty/integrity/advisors", MANAGERS), Rule.of("GET", "/api/loyalty/integrity", MANAGERS),
			Rule.of("GET", "/api/loyalty/trends", MANAGERS), Rule.of("GET", "/api/loyalty/retention", MANAGERS),
			Rule.of("POST", "/api/loyalty/retention", DECIDERS), Rule.of("GET", "/api/loyalty/value-at-stake", MANAGERS),
			Rule.of("POST", "/api/loyalty/value-at-stake", DECIDERS), Rule.of("GET", "/api/loyalty/assumptions", MANAGERS),
			Rule.of("POST", "/api/loyalty/assumptions", DECIDERS), Rule.of("POST", "/api/loyalty/recompute", DECIDERS),
			Rule.of("GET", "/api/loyalty/advisors", MANAGERS), Rule.of("GET", "/api/loyalty/measures", MANAGERS),
			Rule.of("GET", "/api/loyalty/measures/{measure}/contacts", MANAGERS), Rule.of("GET", "/api/loyalty/measures/channels", MANAGERS), Rule.of("GET", "/actuator/prometheus", ADMIN),
			Rule.of("GET", "/api/routing/queues", EVERYONE), Rule.of("POST", "/api/routing/presence", HANDLERS),
			Rule.of("GET", "/api/routing/presence", HANDLERS),
			Rule.of("GET", "/api/routing/my-items", HANDLERS), Rule.of("GET", "/api/routing/events", HANDLERS), Rule.of("POST", "/api/routing/items/{id}/accept", HANDLERS),
			Rule.of("POST", "/api/routing/items/{id}/decline", HANDLERS), Rule.of("POST", "/api/routing/items/{id}/identity", HANDLERS),
			Rule.of("POST", "/api/routing/items/{id}/transfer", HANDLERS), Rule.of("POST", "/api/routing/items/{id}/end", HANDLERS),
			Rule.of("POST", "/api/routing/items/{id}/wrap-up", HANDLERS), Rule.of("POST", "/api/routing/items", ROUTING_LEADS),
			Rule.of("POST", "/api/routing/items/{id}/move", ROUTING_LEADS),
			Rule.of("POST", "/api/routing/advisors/{id}/queues", ROUTING_LEADS),
			Rule.of("GET", "/api/surveys", MANAGERS), Rule.of("POST", "/api/surveys", ADMIN), Rule.of("POST", "/api/surveys/{id}/withdraw", ADMIN),
			Rule.of("GET", "/api/surveys/rules", MANAGERS), Rule.of("POST", "/api/surveys/{id}/rules", ADMIN),
			Rule.of("POST", "/api/surveys/{id}/invitations", ROUTING_LEADS), Rule.of("GET", "/api/surveys/figures", MANAGERS),
			Rule.of("GET", "/api/surveys/follow-ups", CASE_WORKERS), Rule.of("POST", "/api/surveys/{id}/draws", ADMIN), Rule.of("POST", "/api/surveys/follow-ups/{id}/close", CASE_WORKERS),
			Rule.of("GET", "/api/field-questionnaires", CASE_WORKERS), Rule.of("POST", "/api/field-questionnaires", ROUTING_LEADS),
			Rule.of("POST", "/api/field-questionnaires/{id}/answers", CASE_WORKERS));

	static final List<Rule> PAGES = List.of(Rule.of("GET", "/", SIGNED_IN), Rule.of("GET", "/customers", EVERYONE),
			Rule.of("GET", "/customers/{id}", EVERYONE), Rule.of("POST", "/customers/{id}/notes", CASE_WORKERS),
			Rule.of("GET", "/cases/{id}", EVERYONE), Rule.of("POST", "/cases/{id}/status", CASE_WORKERS),
			Rule.of("GET", "/tokens", SIGNED_IN), Rule.of("POST", "/tokens", SIGNED_IN),
			Rule.of("GET", "/account/password", SIGNED_IN), Rule.of("POST", "/account/password", SIGNED_IN),
			Rule.of("GET", "/account/second-factor", SIGNED_IN), Rule.of("POST", "/account/second-factor/confirm", SIGNED_IN),
			Rule.of("GET", "/login/second-factor", NOBODY), Rule.of("POST", "/login/second-factor", NOBODY),
			Rule.of("GET", "/account/sessions", SIGNED_IN), Rule.of("POST", "/account/sessions/end-others", SIGNED_IN),
			Rule.of("GET", "/admin/users", ADMIN), Rule.of("POST", "/admin/users", ADMIN), Rule.of("GET", "/admin/users/{username}", ADMIN),
			Rule.of("POST", "/admin/users/{username}", ADMIN), Rule.of("POST", "/admin/users/{username}/password", ADMIN),
			Rule.of("POST", "/admin/users/{username}/unlock", ADMIN), Rule.of("POST", "/admin/teams", ADMIN),
			Rule.of("GET", "/admin/queues", ADMIN), Rule.of("POST", "/admin/queues", ADMIN), Rule.of("POST", "/admin/queues/{code}/calendar", ADMIN),
			Rule.of("GET", "/admin/routing-settings", ADMIN), Rule.of("POST", "/admin/routing-settings", ADMIN),
			Rule.of("GET", "/loyalty/schedule", MANAGERS), Rule.of("POST", "/loyalty/schedule", DECIDERS),
			Rule.of("POST", "/loyalty/measure-defaults", DECIDERS),
			Rule.of("GET", "/admin/reasons", ADMIN), Rule.of("POST", "/admin/reasons", ADMIN),
			Rule.of("GET", "/admin/advisors/{username}/routing", ADMIN), Rule.of("POST", "/admin/advisors/{username}/routing", ADMIN),
			Rule.of("GET", "/customers/{id}/personal-data", ADMIN), Rule.of("GET", "/customers/{id}/personal-data.json", ADMIN),
			Rule.of("POST", "/customers/{id}/erasure", ADMIN),
			Rule.of("POST", "/tokens/{id}/revoke", SIGNED_IN), Rule.of("GET", "/imports", ADMIN),
			Rule.of("POST", "/imports", ADMIN), Rule.of("GET", "/imports/{id}", ADMIN), Rule.of("GET", "/loyalty", MANAGERS),
			Rule.of("GET", "/loyalty/experiences.csv", MANAGERS), Rule.of("GET", "/loyalty/retention.csv", MANAGERS),
			Rule.of("GET", "/loyalty/team", MANAGERS), Rule.of("GET", "/loyalty/satisfaction", MANAGERS), Rule.of("GET", "/loyalty/landmark.csv", MANAGERS),
			Rule.of("GET", "/loyalty/contributions.csv", MANAGERS), Rule.of("GET", "/loyalty/integrity.csv", MANAGERS),
			Rule.of("GET", "/loyalty/trends.csv", MANAGERS),
			Rule.of("POST", "/loyalty/assumptions", DECIDERS), Rule.of("GET", "/loyalty/measures", MANAGERS),
			Rule.of("GET", "/loyalty/measures/{measure}/contacts", MANAGERS),
			Rule.of("GET", "/my", EnumSet.of(Role.ADVISOR, Role.SUPERVISOR)),
			Rule.of("GET", "/my/trend.csv", EnumSet.of(Role.ADVISOR, Role.SUPERVISOR)), Rule.of("GET", "/workspace", HANDLERS),
			Rule.of("GET", "/workspace/offers", HANDLERS), Rule.of("GET", "/workspace/current", HANDLERS),
			Rule.of("GET", "/workspace/queues", HANDLERS), Rule.of("GET", "/workspace/events", HANDLERS),
			Rule.of("POST", "/workspace/presence", HANDLERS), Rule.of("POST", "/workspace/items/{id}/accept", HANDLERS),
			Rule.of("POST", "/workspace/items/{id}/decline", HANDLERS), Rule.of("POST", "/workspace/items/{id}/identity", HANDLERS),
			Rule.of("POST", "/workspace/items/{id}/transfer", HANDLERS), Rule.of("POST", "/workspace/items/{id}/end", HANDLERS),
			Rule.of("POST", "/workspace/items/{id}/wrap-up", HANDLERS), Rule.of("POST", "/workspace/items/{id}/draft", HANDLERS),
			Rule.of("POST", "/workspace/items/{id}/email-reply", HANDLERS), Rule.of("POST", "/workspace/items/{id}/email-customer", HANDLERS),
			Rule.of("GET", "/email/attachments/{id}", EVERYONE), Rule.of("GET", "/admin/mailboxes", ADMIN), Rule.of("POST", "/admin/mailboxes", ADMIN), Rule.of("POST", "/admin/mailboxes/{id}/read", ADMIN),
			Rule.of("POST", "/admin/mailboxes/{id}/enabled", ADMIN), Rule.of("GET", "/admin/reply-templates", ADMIN),
			Rule.of("POST", "/admin/reply-templates", ADMIN), Rule.of("POST", "/admin/reply-templates/{id}/delete", ADMIN),
			Rule.of("GET", "/admin/contact-forms", ADMIN), Rule.of("POST", "/admin/contact-forms", ADMIN),
			Rule.of("POST", "/admin/contact-forms/{id}/withdraw", ADMIN),
			Rule.of("GET", "/messaging/attachments/{id}", EVERYONE), Rule.of("POST", "/workspace/items/{id}/messaging-reply", HANDLERS),
			Rule.of("POST", "/workspace/items/{id}/messaging-customer", HANDLERS),
			Rule.of("GET", "/workspace/items/{id}/chat-events", HANDLERS), Rule.of("POST", "/workspace/items/{id}/chat-message", HANDLERS),
			Rule.of("POST", "/workspace/items/{id}/chat-typing", HANDLERS), Rule.of("POST", "/workspace/items/{id}/chat-seen", HANDLERS),
			Rule.of("POST", "/workspace/items/{id}/chat-end", HANDLERS),
			Rule.of("POST", "/workspace/items/{id}/chat-call-back", HANDLERS), Rule.of("GET", "/admin/chat-widgets", ADMIN), Rule.of("GET", "/chat-files/{fileId}", EVERYONE),
			Rule.of("POST", "/admin/chat-widgets", ADMIN), Rule.of("POST", "/admin/chat-widgets/{id}/withdraw", ADMIN), Rule.of("GET", "/admin/messaging", ADMIN),
			Rule.of("POST", "/admin/messaging", ADMIN), Rule.of("POST", "/admin/messaging/{id}/withdraw", ADMIN), Rule.of("GET", "/supervision", MANAGERS),
			Rule.of("GET", "/supervision/panel", MANAGERS), Rule.of("GET", "/supervision/events", MANAGERS),
			Rule.of("POST", "/supervision/items/{id}/move", ROUTING_LEADS),
			Rule.of("POST", "/supervision/advisors/{id}/queue", ROUTING_LEADS),
			Rule.of("GET", "/surveys", MANAGERS), Rule.of("GET", "/surveys/follow-ups", CASE_WORKERS),
			Rule.of("POST", "/surveys/follow-ups/{id}/close", CASE_WORKERS), Rule.of("GET", "/surveys/field", CASE_WORKERS), Rule.of("POST", "/surveys/field", ROUTING_LEADS),
			Rule.of("GET", "/surveys/field/{id}", CASE_WORKERS), Rule.of("POST", "/surveys/field/{id}", CASE_WORKERS),
			Rule.of("GET", "/voice", MANAGERS), Rule.of("GET", "/voice/themes/{code}", MANAGERS),
			Rule.of("GET", "/admin/topics", ADMIN), Rule.of("POST", "/admin/topics", ADMIN),
			Rule.of("GET", "/stories/moderation", ROUTING_LEADS), Rule.of("POST", "/stories/moderation/{id}", ROUTING_LEADS),
			Rule.of("GET", "/guides", MANAGERS), Rule.of("POST", "/guides", ROUTING_LEADS), Rule.of("GET", "/guides/{code}", MANAGERS),
			Rule.of("POST", "/guides/{code}/preview", ROUTING_LEADS), Rule.of("POST", "/guides/{code}/versions", ROUTING_LEADS),
			Rule.of("POST", "/guides/{code}/versions/{version}/{decision}", ROUTING_LEADS),
			Rule.of("POST", "/guides/{code}/suggestions/{id}/close", ROUTING_LEADS),
			Rule.of("POST", "/workspace/items/{id}/guide/reason", HANDLERS), Rule.of("POST", "/workspace/items/{id}/guide/expert", HANDLERS),
			Rule.of("POST", "/workspace/items/{id}/guide/{use}/steps", HANDLERS), Rule.of("POST", "/workspace/items/{id}/guide/{use}/outcome", HANDLERS),
			Rule.of("POST", "/workspace/items/{id}/guide/suggestion", HANDLERS),
			Rule.of("POST", "/workspace/items/{id}/suggestions/{suggestion}", HANDLERS), Rule.of("GET", "/catalogue", MANAGERS),
			Rule.of("POST", "/catalogue/rules/{situation}", ROUTING_LEADS), Rule.of("GET", "/admin/catalogue", ADMIN),
			Rule.of("POST", "/admin/catalogue/products", ADMIN), Rule.of("POST", "/admin/catalogue/links", ADMIN),
			Rule.of("POST", "/admin/catalogue/links/{id}/delete", ADMIN), Rule.of("POST", "/admin/catalogue/imports/{what}", ADMIN),
			Rule.of("GET", "/knowledge", EVERYONE), Rule.of("GET", "/knowledge/{slug}", EVERYONE), Rule.of("POST", "/knowledge/{slug}/feedback", EVERYONE),
			Rule.of("GET", "/knowledge/usefulness", MANAGERS), Rule.of("GET", "/knowledge/new", ROUTING_LEADS),
			Rule.of("GET", "/knowledge/{slug}/edit", ROUTING_LEADS), Rule.of("POST", "/knowledge/preview", ROUTING_LEADS),
			Rule.of("POST", "/knowledge", ROUTING_LEADS), Rule.of("POST", "/knowledge/{slug}", ROUTING_LEADS),
			Rule.of("GET", "/admin/knowledge", ADMIN), Rule.of("POST", "/admin/knowledge/categories", ADMIN),
			Rule.of("POST", "/admin/knowledge/synonyms/{language}", ADMIN), Rule.of("POST", "/admin/knowledge/help-centre", ADMIN),
			Rule.of("GET", "/quality", MANAGERS), Rule.of("POST", "/quality/draws", ROUTING_LEADS), Rule.of("GET", "/quality/grids/new", ROUTING_LEADS),
			Rule.of("POST", "/quality/grids", ROUTING_LEADS), Rule.of("POST", "/quality/calibrations", ROUTING_LEADS),
			Rule.of("GET", "/quality/calibrations/{id}", MANAGERS), Rule.of("GET", "/quality/contacts/{contactId}/evaluate", ROUTING_LEADS),
			Rule.of("POST", "/quality/contacts/{contactId}/evaluations", ROUTING_LEADS), Rule.of("GET", "/quality/evaluations/{id}", EVERYONE),
			Rule.of("POST", "/quality/evaluations/{id}/comment", HANDLERS), Rule.of("POST", "/quality/evaluations/{id}/contest", HANDLERS),
			Rule.of("POST", "/quality/evaluations/{id}/decision", ROUTING_LEADS), Rule.of("GET", "/quality/mine", HANDLERS),
			Rule.of("GET", "/gratitude", CASE_WORKERS), Rule.of("POST", "/gratitude/moments", CASE_WORKERS),
			Rule.of("POST", "/gratitude/reminders/{id}/thanked", CASE_WORKERS), Rule.of("POST", "/gratitude/reminders/{id}/dismissed", CASE_WORKERS),
			Rule.of("GET", "/gratitude/figures", MANAGERS),
			Rule.of("GET", "/people", MANAGERS), Rule.of("POST", "/people/objectives", ROUTING_LEADS),
			Rule.of("POST", "/people/training/records", ROUTING_LEADS), Rule.of("POST", "/people/coaching", ROUTING_LEADS),
			Rule.of("POST", "/people/coaching/{id}/follow-up", ROUTING_LEADS), Rule.of("GET", "/people/mine", HANDLERS),
			Rule.of("POST", "/people/pulse", HANDLERS),
			Rule.of("GET", "/mystery", MANAGERS), Rule.of("POST", "/mystery/campaigns", ROUTING_LEADS), Rule.of("POST", "/mystery/competitors", ROUTING_LEADS),
			Rule.of("POST", "/mystery/assignments", ROUTING_LEADS), Rule.of("GET", "/mystery/campaigns/{id}", MANAGERS),
			Rule.of("GET", "/mystery/mine", SHOPPER), Rule.of("GET", "/mystery/assignments/{id}", SHOPPERS_AND_MANAGERS),
			Rule.of("POST", "/mystery/assignments/{id}/visit", SHOPPER));

	/**
	 * Public on purpose: signing in, a forgotten password's pages (limited per address, the link's secret checked:
	 * PasswordResetTests), the health check that load balancers call, and the telephone switch's API, which takes no
	 * personal token but a signature with the shared secret (refused unsigned: SwitchEventsTests).
	 */
	static final Set<String> PUBLIC = Set.of("GET /login", "GET /password/forgotten", "POST /password/forgotten", "GET /password/reset",
			"POST /password/reset", "GET /actuator/health", "POST /api/cti/v1/events", "GET /api/cti/v1/calls/{callId}",
			"GET /contact/{key}", "POST /contact/{key}", "GET /contact/{key}/sent", "POST /api/messaging/v1/channels/{key}/messages",
			// customers' stories: read, tell (limited per address), change one's own by its private link (StoryTests)
			"GET /stories", "GET /stories/new", "POST /stories", "GET /stories/mine/{token}", "POST /stories/mine/{token}",
			// the live chat: the widget's state and frame, and a conversation's start, limited per address; the rest
			// answers only with the conversation's own token (ChatTests)
			"GET /chat/{key}/frame", "GET /chat/v1/widgets/{key}", "POST /chat/v1/widgets/{key}/conversations",
			"POST /chat/v1/widgets/{key}/left-messages", "POST /chat/v1/widgets/{key}/call-backs",
			"GET /chat/v1/conversations/{id}", "GET /chat/v1/conversations/{id}/events",
			"POST /chat/v1/conversations/{id}/messages", "POST /chat/v1/conversations/{id}/typing", "POST /chat/v1/conversations/{id}/seen",
			"POST /chat/v1/conversations/{id}/end", "POST /chat/v1/conversations/{id}/transcript", "POST /chat/v1/conversations/{id}/survey",
			"POST /chat/v1/conversations/{id}/files", "POST /chat/v1/conversations/{id}/call-back", "GET /chat/v1/conversations/{id}/files/{fileId}",
			// a survey's answer page, opened by its invitation's token only, limited per address (SurveyTests)
			"GET /s/{token}", "POST /s/{token}", "GET /s/{token}/stop", "POST /s/{token}/stop",
			// the help centre: public articles for customers and search engines, "was this useful?" limited per address
			// (HelpCentreTests)
			"GET /help", "GET /help/{lang:fr|en}", "GET /help/{lang:fr|en}/search", "GET /help/{lang:fr|en}/articles/{slug}",
			"POST /help/{lang:fr|en}/articles/{slug}/feedback", "GET /help/sitemap.xml",
			// a customer signed in by the company's site, with a link it signed (HelpCentreTests)
			"GET /help/sign-in");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final Map<Role, String> tokens = new EnumMap<>(Role.class);

	@BeforeAll
	void createOnePersonPerRole() {
		for (Role role : Role.values()) {
			tokens.put(role, people.create(role).token());
		}
	}

	Stream<Arguments> apiCalls() {
		return API.stream().flatMap(rule -> EnumSet.allOf(Role.class).stream().map(role -> Arguments.of(rule, role)));
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("apiCalls")
	void apiAllowsOnlyItsRoles(Rule rule, Role role) {
		int status = new ApiClient(port, tokens.get(role)).status(rule.method().name(), rule.path());
		if (rule.allowed().contains(role)) {
			assertThat(status).as("%s must be allowed", role).isNotIn(401, 403);
		}
		else {
			assertThat(status).as("%s must be refused", role).isEqualTo(403);
		}
	}

	@Test
	void apiRefusesCallsWithoutAValidToken() {
		for (Rule rule : API) {
			assertThat(new ApiClient(port, null).status(rule.method().name(), rule.path())).as(rule.toString()).isEqualTo(401);
			assertThat(new ApiClient(port, "fid_not-a-real-token").status(rule.method().name(), rule.path())).as(rule.toString())
				.isEqualTo(401);
		}
	}

	@Test
	void healthIsPublicWithoutItsDetails() {
		ApiClient.Response health = new ApiClient(port, null).get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
		assertThat(health.json().has("components")).as("details are for administrators (HealthTests)").isFalse();
	}

	Stream<Arguments> pageCalls() {
		return PAGES.stream().flatMap(rule -> EnumSet.allOf(Role.class).stream().map(role -> Arguments.of(rule, role)));
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("pageCalls")
	void pagesAllowOnlyTheirRoles(Rule rule, Role role) throws Exception {
		var builder = rule.path().equals("/imports") && rule.method() == HttpMethod.POST
				? multipart(rule.path()).file("file", "reference\n".getBytes()) : request(rule.method(), rule.path());
		int status = mvc.perform(builder.param("name", "x").param("reason", "x")
			.param("status", "CLOSED").param("notes", "x").param("kind", "customers")
			.with(user("someone").roles(role.name())).with(csrf())).andReturn().getResponse().getStatus();
		if (rule.allowed().contains(role)) {
			assertThat(status).as("%s must be allowed", role).isNotEqualTo(403);
		}
		else {
			assertThat(status).as("%s must be refused", role).isEqualTo(403);
		}
	}

	@Test
	void pagesSendStrangersToTheSignInForm() throws Exception {
		for (Rule rule : PAGES) {
			var response = mvc.perform(request(rule.method(), rule.path()).with(csrf())).andReturn().getResponse();
			assertThat(response.getStatus()).as(rule.toString()).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).as(rule.toString()).endsWith("/login");
		}
	}

	@Test
	void formsWithoutACsrfTokenAreRefused() throws Exception {
		int status = mvc.perform(request(HttpMethod.POST, "/tokens").param("name", "x").with(user("someone").roles("ADMIN")))
			.andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(403);
	}

	@Test
	void everyEndpointIsCovered() {
		Set<String> covered = new TreeSet<>(PUBLIC);
		Stream.concat(API.stream(), PAGES.stream()).forEach(rule -> covered.add(rule.method() + " " + rule.pattern()));
		Set<String> endpoints = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (((HandlerMethod) handler).getBeanType().getPackageName().startsWith("fr.fidele")) {
				info.getPathPatternsCondition().getPatternValues().forEach(pattern -> info.getMethodsCondition().getMethods()
					.forEach(method -> endpoints.add(method + " " + pattern)));
			}
		});
		assertThat(covered).containsAll(endpoints);
	}
}

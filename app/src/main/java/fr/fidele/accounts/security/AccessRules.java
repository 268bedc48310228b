package fr.fidele.accounts.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.Arrays;

import fr.fidele.accounts.PasswordResets;
import fr.fidele.accounts.Role;
import jakarta.servlet.DispatcherType;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may reach what. Every endpoint falls under one line here; anything not listed is refused
 * (API) or is refused (pages). Directors read case files but do not change them; imports and
 * reference data are for administrators; loyalty figures are for supervisors, directors and
 * administrators, and only directors and administrators ask for them to be computed again. Advisors and
 * supervisors take work from the queues; supervisors and administrators move it; the telephone switch signs. The public
 * contact form ({@code /contact/**}), the live chat's widget ({@code /chat/**}, each conversation opened by its own
 * token) and the survey answer pages ({@code /s/**}, each opened by its invitation's token) have their own doors, open
 * to anyone, in their modules (ContactFormSecurity, ChatSecurity, SurveySecurity).
 */
final class AccessRules {

	/** The company's people: everyone but the outside mystery shoppers, who see only their assignments. */
	private static final String[] EVERYONE = names(Role.ADVISOR, Role.SUPERVISOR, Role.DIRECTOR, Role.ADMIN);
	/** Anyone signed in, mystery shoppers included: their account, their tokens, who they are. */
	private static final String[] SIGNED_IN = names(Role.values());
	private static final String[] CASE_WORKERS = names(Role.ADVISOR, Role.SUPERVISOR, Role.ADMIN);
	private static final String ADMIN = Role.ADMIN.name();
	private static final String[] MANAGERS = names(Role.SUPERVISOR, Role.DIRECTOR, Role.ADMIN);
	private static final String[] DECIDERS = names(Role.DIRECTOR, Role.ADMIN);
	private static final String[] HANDLERS = names(Role.ADVISOR, Role.SUPERVISOR);
	private static final String[] ROUTING_LEADS = names(Role.SUPERVISOR, Role.ADMIN);
	/** Everyone, and a person who must set up a second factor before anything else. */
	private static final String[] ENROLLING = java.util.stream.Stream.concat(java.util.Arrays.stream(SIGNED_IN),
			java.util.stream.Stream.of(SecondFactorGate.ENROLL_ROLE)).toArray(String[]::new);
	private static final String SHOPPER = Role.SHOPPER.name();
	/** The shoppers, and the company's people who run campaigns and read the shoppers' reports. */
	private static final String[] SHOPPERS_AND_MANAGERS = names(Role.SHOPPER, Role.SUPERVISOR, Role.DIRECTOR, Role.ADMIN);
	private static final String[] CASE_FILE_API = { "/api/customers/**", "/api/contacts/**", "/api/cases/**" };

	private AccessRules() {
	}

	static void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		// an event stream's later dispatches continue a request already authorised (a token is read once, not kept)
		rules.dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
			.requestMatchers("/actuator/**").hasRole(ADMIN)
			.requestMatchers(GET, "/api/me").hasAnyRole(SIGNED_IN)
			.requestMatchers("/api/users", "/api/users/**", "/api/teams", "/api/webhooks", "/api/webhooks/**").hasRole(ADMIN)
			.requestMatchers("/api/mailboxes", "/api/mailboxes/**", "/api/contact-forms", "/api/contact-forms/**",
					"/api/reply-templates", "/api/reply-templates/**")
			.hasRole(ADMIN)
			.requestMatchers(POST, "/api/email/threads/*/customer", "/api/messaging/threads/*/customer").hasAnyRole(CASE_WORKERS)
			.requestMatchers(GET, "/api/email/cases/*/messages", "/api/email/attachments/*").hasAnyRole(EVERYONE)
			.requestMatchers("/api/customers/*/personal-data", "/api/customers/*/erasure", "/api/privacy/**").hasRole(ADMIN)
			.requestMatchers(GET, CASE_FILE_API).hasAnyRole(EVERYONE)
			.requestMatchers(GET, "/api/reasons").hasAnyRole(EVERYONE)
			.requestMatchers(CASE_FILE_API).hasAnyRole(CASE_WORKERS)
			.requestMatchers(POST, "/api/reasons").hasRole(ADMIN)
			.requestMatchers("/api/imports/**").hasRole(ADMIN)
			.requestMatchers(GET, "/api/stories/waiting").hasAnyRole(ROUTING_LEADS)
			.requestMatchers(POST, "/api/stories/*/decision").hasAnyRole(ROUTING_LEADS)
			.requestMatchers(GET, "/api/stories/ranking").hasAnyRole(MANAGERS)
			.requestMatchers(GET, "/api/guides/figures").hasAnyRole(MANAGERS)
			.requestMatchers(POST, "/api/guides/*/suggestions").hasAnyRole(CASE_WORKERS)
			.requestMatchers(GET, "/api/guides/*/suggestions").hasAnyRole(ROUTING_LEADS)
			.requestMatchers(GET, "/api/guides", "/api/guides/**").hasAnyRole(EVERYONE)
			.requestMatchers(POST, "/api/guides", "/api/guides/**").hasAnyRole(ROUTING_LEADS)
			.requestMatchers(GET, "/api/catalogue/products", "/api/catalogue/links", "/api/catalogue/suggestions", "/api/catalogue/customers/*/products")
			.hasAnyRole(EVERYONE)
			.requestMatchers(PUT, "/api/catalogue/customers/*/products/*").hasAnyRole(CASE_WORKERS)
			.requestMatchers(GET, "/api/catalogue/rules", "/api/catalogue/figures").hasAnyRole(MANAGERS)
			.requestMatchers(PUT, "/api/catalogue/rules/*").hasAnyRole(ROUTING_LEADS)
			.requestMatchers("/api/catalogue/products/*", "/api/catalogue/links", "/api/catalogue/links/*", "/api/catalogue/imports/*").hasRole(ADMIN)
			// an advisor reads only their own evaluations, a rule of the quality module (EvaluationAccess)
			.requestMatchers(GET, "/api/quality/grids", "/api/quality/grids/*", "/api/quality/evaluations/mine", "/api/quality/evaluations/*")
			.hasAnyRole(EVERYONE)
			.requestMatchers(POST, "/api/quality/evaluations/*/comment", "/api/quality/evaluations/*/contest").hasAnyRole(HANDLERS)
			.requestMatchers(GET, "/api/quality/calibrations/*", "/api/quality/figures/**").hasAnyRole(MANAGERS)
			.requestMatchers("/api/quality/grids", "/api/quality/draws", "/api/quality/evaluations", "/api/quality/evaluations/*/decision",
					"/api/quality/contests", "/api/quality/calibrations", "/api/quality/calibrations/*/evaluations")
			.hasAnyRole(ROUTING_LEADS)
			// a reminder is acted on by its assignee or a supervisor, a rule of the gratitude module (Gratitude)
			.requestMatchers(GET, "/api/gratitude/reminders/open").hasAnyRole(ROUTING_LEADS)
			.requestMatchers(POST, "/api/gratitude/scan").hasAnyRole(ROUTING_LEADS)
			.requestMatchers(GET, "/api/gratitude/figures").hasAnyRole(MANAGERS)
			.requestMatchers(GET, "/api/gratitude/customers/*").hasAnyRole(EVERYONE)
			.requestMatchers("/api/gratitude/reminders", "/api/gratitude/reminders/*/thanked", "/api/gratitude/reminders/*/dismissed",
					"/api/gratitude/moments")
			.hasAnyRole(CASE_WORKERS)
			.requestMatchers(GET, "/api/people/objectives/mine", "/api/people/training/mine", "/api/people/coaching/mine").hasAnyRole(HANDLERS)
			.requestMatchers(POST, "/api/people/pulse").hasAnyRole(HANDLERS)
			.requestMatchers(GET, "/api/people/training/modules").hasAnyRole(EVERYONE)
			.requestMatchers(GET, "/api/people/objectives", "/api/people/advisors/*/training", "/api/people/advisors/*/coaching", "/api/people/pulse")
			.hasAnyRole(MANAGERS)
			.requestMatchers("/api/people/objectives", "/api/people/training/modules/*", "/api/people/training/records", "/api/people/coaching",
					"/api/people/coaching/*/follow-up")
			.hasAnyRole(ROUTING_LEADS)
			// a shopper reads and reports only their own assignments, a rule of the mystery module (Assignments)
			.requestMatchers(GET, "/api/mystery/assignments/mine").hasRole(SHOPPER)
			.requestMatchers(POST, "/api/mystery/assignments/*/visit").hasRole(SHOPPER)
			.requestMatchers(GET, "/api/mystery/assignments/*").hasAnyRole(SHOPPERS_AND_MANAGERS)
			.requestMatchers(GET, "/api/mystery/campaigns", "/api/mystery/campaigns/*/results", "/api/mystery/campaigns/*/assignments",
					"/api/mystery/competitors")
			.hasAnyRole(MANAGERS)
			.requestMatchers(POST, "/api/mystery/campaigns", "/api/mystery/competitors", "/api/mystery/assignments").hasAnyRole(ROUTING_LEADS)
			.requestMatchers(GET, "/api/knowledge/usefulness", "/api/knowledge/review-due").hasAnyRole(MANAGERS)
			.requestMatchers(POST, "/api/knowledge/articles/*/feedback").hasAnyRole(EVERYONE)
			.requestMatchers(POST, "/api/knowledge/articles").hasAnyRole(ROUTING_LEADS)
			.requestMatchers(PUT, "/api/knowledge/articles/*").hasAnyRole(ROUTING_LEADS)
			.requestMatchers(GET, "/api/knowledge/articles", "/api/knowledge/articles/*", "/api/knowledge/articles/*/versions",
					"/api/knowledge/categories", "/api/knowledge/self-service")
			.hasAnyRole(EVERYONE)
			.requestMatchers("/api/knowledge/categories/*", "/api/knowledge/synonyms/*", "/api/knowledge/help-centre").hasRole(ADMIN)
			.requestMatchers(PUT, "/api/voice/topics/*").hasRole(ADMIN)
			.requestMatchers(GET, "/api/voice/**").hasAnyRole(MANAGERS)
			.requestMatchers(GET, "/api/loyalty/**").hasAnyRole(MANAGERS)
			.requestMatchers(POST, "/api/loyalty/**").hasAnyRole(DECIDERS)
			// the telephone switch signs its requests with the shared secret instead of a personal token (CtiSignature)
			.requestMatchers("/api/cti/v1/**").permitAll()
			// a messaging provider signs with its channel's secret (MessagingIntake); the channels are the administrator's
			.requestMatchers(POST, "/api/messaging/v1/channels/*/messages").permitAll()
			.requestMatchers("/api/messaging/channels", "/api/messaging/channels/**").hasRole(ADMIN)
			.requestMatchers("/api/chat/widgets", "/api/chat/widgets/**").hasRole(ADMIN)
			.requestMatchers(GET, "/api/surveys", "/api/surveys/figures", "/api/surveys/rules").hasAnyRole(MANAGERS)
			.requestMatchers(POST, "/api/surveys/*/invitations").hasAnyRole(ROUTING_LEADS)
			.requestMatchers(GET, "/api/surveys/follow-ups").hasAnyRole(CASE_WORKERS)
			.requestMatchers(POST, "/api/surveys/follow-ups/*/close").hasAnyRole(CASE_WORKERS)
			.requestMatchers("/api/surveys", "/api/surveys/**").hasRole(ADMIN)
			.requestMatchers(GET, "/api/field-questionnaires").hasAnyRole(CASE_WORKERS)
			.requestMatchers(POST, "/api/field-questionnaires/*/answers").hasAnyRole(CASE_WORKERS)
			.requestMatchers(POST, "/api/field-questionnaires").hasAnyRole(ROUTING_LEADS)
			.requestMatchers("/api/routing/queue-definitions", "/api/routing/queue-definitions/**", "/api/routing/advisors/*/profile",
					"/api/routing/settings")
			.hasRole(ADMIN)
			.requestMatchers(GET, "/api/routing/queues").hasAnyRole(EVERYONE)
			.requestMatchers(POST, "/api/routing/items/*/move", "/api/routing/advisors/*/queues", "/api/routing/items")
			.hasAnyRole(ROUTING_LEADS)
			.requestMatchers("/api/routing/presence", "/api/routing/my-items", "/api/routing/events", "/api/routing/items/*/*")
			.hasAnyRole(HANDLERS)
			.anyRequest().denyAll();
	}

	static void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error", RefusedPage.PATH).permitAll()
			// someone who forgot their password is not signed in; the requests are limited per address (PasswordResets)
			.requestMatchers("/password/forgotten", PasswordResets.PATH).permitAll()
			// the stories' public pages: read, tell (limited per address), change one's own by its private link
			.requestMatchers(GET, "/stories", "/stories/new", "/stories/mine/*").permitAll()
			.requestMatchers(POST, "/stories", "/stories/mine/*").permitAll()
			.requestMatchers("/login/second-factor").hasRole(SecondFactorGate.CODE_ROLE)
			.requestMatchers("/account/second-factor", "/account/second-factor/**").hasAnyRole(ENROLLING)
			.requestMatchers("/imports/**", "/admin/**").hasRole(ADMIN)
			.requestMatchers(GET, "/my", "/my/**").hasAnyRole(Role.ADVISOR.name(), Role.SUPERVISOR.name())
			.requestMatchers(GET, "/voice", "/voice/themes/*").hasAnyRole(MANAGERS)
			.requestMatchers(GET, "/guides", "/guides/*").hasAnyRole(MANAGERS)
			.requestMatchers(POST, "/guides", "/guides/**").hasAnyRole(ROUTING_LEADS)
			.requestMatchers(GET, "/quality/mine").hasAnyRole(HANDLERS)
			.requestMatchers(GET, "/quality/evaluations/*").hasAnyRole(EVERYONE)
			.requestMatchers(POST, "/quality/evaluations/*/comment", "/quality/evaluations/*/contest").hasAnyRole(HANDLERS)
			.requestMatchers(GET, "/quality", "/quality/calibrations/*").hasAnyRole(MANAGERS)
			.requestMatchers("/quality/draws", "/quality/grids", "/quality/grids/new", "/quality/calibrations", "/quality/contacts/*/evaluate",
					"/quality/contacts/*/evaluations", "/quality/evaluations/*/decision")
			.hasAnyRole(ROUTING_LEADS)
			.requestMatchers(GET, "/gratitude/figures").hasAnyRole(MANAGERS)
			.requestMatchers("/gratitude", "/gratitude/moments", "/gratitude/reminders/*/thanked", "/gratitude/reminders/*/dismissed")
			.hasAnyRole(CASE_WORKERS)
			.requestMatchers(GET, "/people/mine").hasAnyRole(HANDLERS)
			.requestMatchers(POST, "/people/pulse").hasAnyRole(HANDLERS)
			.requestMatchers(GET, "/people").hasAnyRole(MANAGERS)
			.requestMatchers(POST, "/people/objectives", "/people/training/records", "/people/coaching", "/people/coaching/*/follow-up")
			.hasAnyRole(ROUTING_LEADS)
			.requestMatchers(GET, "/mystery/mine").hasRole(SHOPPER)
			.requestMatchers(POST, "/mystery/assignments/*/visit").hasRole(SHOPPER)
			.requestMatchers(GET, "/mystery/assignments/*").hasAnyRole(SHOPPERS_AND_MANAGERS)
			.requestMatchers(GET, "/mystery", "/mystery/campaigns/*").hasAnyRole(MANAGERS)
			.requestMatchers(POST, "/mystery/campaigns", "/mystery/competitors", "/mystery/assignments").hasAnyRole(ROUTING_LEADS)
			.requestMatchers(GET, "/catalogue").hasAnyRole(MANAGERS)
			.requestMatchers(GET, "/knowledge/usefulness").hasAnyRole(MANAGERS)
			.requestMatchers(GET, "/knowledge/new", "/knowledge/*/edit").hasAnyRole(ROUTING_LEADS)
			.requestMatchers(POST, "/knowledge/*/feedback").hasAnyRole(EVERYONE)
			.requestMatchers(POST, "/knowledge", "/knowledge/preview", "/knowledge/*").hasAnyRole(ROUTING_LEADS)
			.requestMatchers(GET, "/knowledge", "/knowledge/*").hasAnyRole(EVERYONE)
			.requestMatchers(POST, "/catalogue/rules/*").hasAnyRole(ROUTING_LEADS)
			.requestMatchers("/stories/moderation", "/stories/moderation/*").hasAnyRole(ROUTING_LEADS)
			.requestMatchers(GET, "/loyalty/**").hasAnyRole(MANAGERS)
			.requestMatchers(POST, "/loyalty/**").hasAnyRole(DECIDERS)
			.requestMatchers("/customers/*/personal-data", "/customers/*/personal-data.json", "/customers/*/erasure").hasRole(ADMIN)
			.requestMatchers(POST, "/customers/**", "/cases/**").hasAnyRole(CASE_WORKERS)
			.requestMatchers(GET, "/customers/**", "/cases/**").hasAnyRole(EVERYONE)
			.requestMatchers(GET, "/email/attachments/*", "/messaging/attachments/*", "/chat-files/*").hasAnyRole(EVERYONE)
			.requestMatchers("/tokens/**", "/account/**", "/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**").hasAnyRole(SIGNED_IN)
			.requestMatchers(GET, "/").hasAnyRole(SIGNED_IN)
			.requestMatchers("/workspace", "/workspace/**").hasAnyRole(HANDLERS)
			.requestMatchers(GET, "/supervision", "/supervision/panel", "/supervision/events").hasAnyRole(MANAGERS)
			.requestMatchers(GET, "/surveys").hasAnyRole(MANAGERS)
			.requestMatchers(POST, "/surveys/field").hasAnyRole(ROUTING_LEADS)
			.requestMatchers("/surveys/field", "/surveys/field/*").hasAnyRole(CASE_WORKERS)
			.requestMatchers("/surveys/follow-ups", "/surveys/follow-ups/*/close").hasAnyRole(CASE_WORKERS)
			.requestMatchers(POST, "/supervision/**").hasAnyRole(ROUTING_LEADS)
			.anyRequest().denyAll();
	}

	private static String[] names(Role... roles) {
		return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
	}
}

package fr.fidele.accounts.security;

import java.util.Optional;

import fr.fidele.accounts.SingleSignOn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** Single sign-on is set up when Spring Boot registered the client {@value #REGISTRATION} (docs/security.md). */
@Component
class SsoButton implements SingleSignOn {

	static final String REGISTRATION = "sso";

	private final ObjectProvider<ClientRegistrationRepository> registrations;
	private final SsoProperties settings;

	SsoButton(ObjectProvider<ClientRegistrationRepository> registrations, SsoProperties settings) {
		this.registrations = registrations;
		this.settings = settings;
	}

	@Override
	public Optional<String> label() {
		ClientRegistrationRepository repository = registrations.getIfAvailable();
		return repository != null && repository.findByRegistrationId(REGISTRATION) != null ? Optional.of(settings.label()) : Optional.empty();
	}

	@Override
	public String startPath() {
		return "/oauth2/authorization/" + REGISTRATION;
	}
}

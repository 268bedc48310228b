package fr.fidele.accounts.security;

import java.util.List;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.accounts.Users;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives a controller method's {@link SignedInUser} parameter the person the request is signed in as, whichever door
 * they came through: the token filter and the page sign-in both carry it in the principal. Another kind of
 * authentication (a test's mock user) is looked up once by name.
 */
@Configuration(proxyBeanMethods = false)
class SignedInUserResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	private final Users users;

	static {
		// a parameter the server fills in, not one the API's documentation should ask for
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(SignedInUser.class);
	}

	SignedInUserResolver(Users users) {
		this.users = users;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == SignedInUser.class;
	}

	@Override
	public SignedInUser resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			throw new AuthenticationCredentialsNotFoundException("not signed in");
		}
		if (authentication.getPrincipal() instanceof SignedInUser signedIn) {
			return signedIn;
		}
		if (authentication.getPrincipal() instanceof SignedInPrincipal principal) {
			return principal.signedIn();
		}
		return users.findByUsername(authentication.getName()).map(SignedInUser::of)
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("unknown user " + authentication.getName()));
	}
}

package fr.fidele.accounts.security;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.accounts.User;
import fr.fidele.accounts.Users;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads people signing in with the form from the {@code app_user} table. */
@Component
class DatabaseUserDetailsService implements UserDetailsService {

	private final Users users;

	DatabaseUserDetailsService(Users users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		User user = users.findByUsername(username).filter(User::enabled)
			.orElseThrow(() -> new UsernameNotFoundException(username));
		String hash = users.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException(username));
		return new SignedInAccount(SignedInUser.of(user), hash);
	}
}

package fr.fidele.accounts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Users and teams. */
@Repository
public class Users {

	private static final String COLUMNS = "id, username, display_name, roles, team_id, language, enabled, email";

	private final JdbcClient jdbc;

	Users(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<User> findByUsername(String username) {
		return jdbc.sql("select " + COLUMNS + " from app_user where username = ?").param(username)
			.query(Users::map).optional();
	}

	public Optional<User> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from app_user where id = ?").param(id).query(Users::map).optional();
	}

	/** Display names by user id, for the ids given: a single query for a whole page of contacts. */
	public Map<Long, String> displayNames(Set<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id, display_name from app_user where id = any(?)")
			.param(ids.toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	public boolean any() {
		return jdbc.sql("select exists (select 1 from app_user)").query(Boolean.class).single();
	}

	/** Creates the user; one without a password cannot sign in with one, and is disabled (an advisor of an imported log). */
	@Transactional
	public long create(NewUser user) {
		return create(user, user.passwordHash() != null);
	}

	@Transactional
	public long create(NewUser user, boolean enabled) {
		return jdbc.sql("""
				insert into app_user (username, display_name, password_hash, roles, team_id, language, enabled)
				values (?, ?, ?, ?::text[], ?, ?, ?) returning id""")
			.params(user.username(), user.displayName(), user.passwordHash(), rolesLiteral(user.roles()),
					user.teamId(), user.language(), enabled)
			.query(Long.class).single();
	}

	/** Writes an account's name, roles, team, language, whether it may sign in, and its e-mail address. */
	void update(User user) {
		jdbc.sql("update app_user set display_name = ?, roles = ?::text[], team_id = ?, language = ?, enabled = ?, email = ? where id = ?")
			.params(user.displayName(), rolesLiteral(user.roles()), user.teamId(), user.language(), user.enabled(), user.email(), user.id())
			.update();
	}

	/** The account whose e-mail address this is, whatever its case. */
	public Optional<User> findByEmail(String email) {
		return jdbc.sql("select " + COLUMNS + " from app_user where lower(email) = lower(?)").param(email).query(Users::map).optional();
	}

	/** Every account, by user name. */
	public List<User> all() {
		return jdbc.sql("select " + COLUMNS + " from app_user order by username").query(Users::map).list();
	}

	/** The id of the user with this name, created as a password-less advisor when unknown (imported logs). */
	@Transactional
	public long advisorIdFor(String username, String displayName) {
		jdbc.sql("""
				insert into app_user (username, display_name, roles, language, enabled)
				values (?, ?, '{ADVISOR}', 'fr', false) on conflict (username) do nothing""")
			.params(username, displayName).update();
		return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
	}

	@Transactional
	public long createTeam(String name) {
		return jdbc.sql("insert into team (name) values (?) returning id").param(name).query(Long.class).single();
	}

	/** Every team by id, in name order. */
	public Map<Long, String> teams() {
		Map<Long, String> teams = new LinkedHashMap<>();
		jdbc.sql("select id, name from team order by name, id").query(rs -> {
			teams.put(rs.getLong(1), rs.getString(2));
		});
		return teams;
	}

	public List<User> withRole(Role role) {
		return jdbc.sql("select " + COLUMNS + " from app_user where ? = any(roles) order by id").param(role.name())
			.query(Users::map).list();
	}

	/** The password hash used at sign-in; kept out of {@link User} so it never travels further. */
	public Optional<String> passwordHash(String username) {
		return jdbc.sql("select password_hash from app_user where username = ? and enabled").param(username)
			.query(String.class).optional();
	}

	private static String rolesLiteral(Set<Role> roles) {
		return roles.stream().map(Role::name).collect(Collectors.joining(",", "{", "}"));
	}

	/** The columns {@link #map} reads, of the table aliased {@code alias}. */
	static String columns(String alias) {
		return Arrays.stream(COLUMNS.split(", ")).map(column -> alias + "." + column).collect(Collectors.joining(", "));
	}

	static User map(ResultSet rs, int row) throws SQLException {
		Array array = rs.getArray("roles");
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
		return new User(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), roles,
				(Long) rs.getObject("team_id"), rs.getString("language"), rs.getBoolean("enabled"), rs.getString("email"));
	}
}

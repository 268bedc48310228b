package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.fidele.FideleTest;
import fr.fidele.platform.database.MonthlyPartitions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A period's service measures and their drill-downs read only the months of the period (V55): the planner's plan
 * of their filter ({@link ContactScope}) names no other month's partition of the contacts or, for a team, of the legs,
 * nor the default one.
 */
@FideleTest
class PeriodPruningTests {

	private static final Pattern PARTITION = Pattern.compile("\\bcontact_(\\d{4}_\\d{2}|default)\\b");
	private static final Pattern LEG_PARTITION = Pattern.compile("\\bcontact_leg_(\\d{4}_\\d{2}|default)\\b");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MonthlyPartitions partitions;

	@Test
	void aMonthsFiguresReadThatMonthsPartitionsAlone() {
		partitions.prepare("contact", Instant.parse("2011-01-01T00:00:00Z"), Instant.parse("2011-12-31T00:00:00Z"));
		ContactScope scope = ContactScope.of(new ContactFilter(LocalDate.of(2011, 5, 1), LocalDate.of(2011, 5, 31), null, null,
				null, null, null));

		Set<String> read = partitionsIn("explain (costs off) select count(*) from contact_facts c where " + scope.where(), scope);

		// May in Paris begins on 30 April at 22:00 UTC: two UTC months
		assertThat(read).containsExactly("contact_2011_04", "contact_2011_05");
	}

	@Test
	void aTeamsFiguresOverAMonthReadThatMonthsLegsAlone() {
		partitions.prepare("contact", Instant.parse("2011-01-01T00:00:00Z"), Instant.parse("2011-12-31T00:00:00Z"));
		partitions.prepare("contact_leg", Instant.parse("2011-01-01T00:00:00Z"), Instant.parse("2011-12-31T00:00:00Z"));
		ContactScope scope = ContactScope.of(new ContactFilter(LocalDate.of(2011, 5, 1), LocalDate.of(2011, 5, 31), null, null,
				null, 1L, null));
		String explain = "explain (costs off) select count(*) from contact_facts c where " + scope.where();

		assertThat(partitionsIn(explain, scope, LEG_PARTITION)).containsExactly("contact_leg_2011_04", "contact_leg_2011_05");
		assertThat(partitionsIn(explain, scope, PARTITION)).containsExactly("contact_2011_04", "contact_2011_05");
	}

	@Test
	void withoutAPeriodEveryMonthIsRead() {
		partitions.prepare("contact", Instant.parse("2011-01-01T00:00:00Z"), Instant.parse("2011-12-31T00:00:00Z"));
		ContactScope scope = ContactScope.of(ContactFilter.NONE);

		Set<String> read = partitionsIn("explain (costs off) select count(*) from contact_facts c where " + scope.where(), scope);

		assertThat(read).contains("contact_default", "contact_2011_01", "contact_2011_12");
	}

	private Set<String> partitionsIn(String explain, ContactScope scope) {
		return partitionsIn(explain, scope, PARTITION);
	}

	private Set<String> partitionsIn(String explain, ContactScope scope, Pattern partition) {
		Set<String> names = new TreeSet<>();
		for (String line : jdbc.sql(explain).params(scope.params()).query(String.class).list()) {
			Matcher m = partition.matcher(line);
			while (m.find()) {
				names.add(m.group());
			}
		}
		return names;
	}
}

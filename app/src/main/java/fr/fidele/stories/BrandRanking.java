package fr.fidele.stories;

import java.util.Comparator;
import java.util.List;

import fr.fidele.stats.measures.Proportion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The brands ranked by the stories published about them: the share of good stories with its 95% Wilson interval and
 * the number of stories, ranked by the interval's lower bound — a brand with three good stories out of three does not
 * pass one with ninety out of a hundred. A brand with fewer than {@value #ENOUGH} stories is listed apart, unranked.
 */
@Service
public class BrandRanking {

	/** Stories from which a brand is ranked. */
	public static final int ENOUGH = 5;
	private static final double LEVEL = 0.95;

	/** A brand's stories: how many, how many good, the good share and its interval; ranked when there are enough. */
	public record Brand(String brand, long stories, long good, double share, double lower, double upper, boolean ranked) {
	}

	private final JdbcClient jdbc;

	BrandRanking(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The ranked brands first, best first, then the others by number of stories. */
	public List<Brand> ranking() {
		return jdbc.sql("""
				select min(brand) as brand, count(*) as stories, count(*) filter (where tone = 'GOOD') as good
				from story where status = 'PUBLISHED' group by brand_key""")
			.query((rs, n) -> brand(rs.getString("brand"), rs.getLong("stories"), rs.getLong("good"))).list().stream()
			.sorted(Comparator.comparing(Brand::ranked).reversed().thenComparing(Comparator.comparingDouble(Brand::lower).reversed())
				.thenComparing(Comparator.comparingLong(Brand::stories).reversed()).thenComparing(Brand::brand))
			.toList();
	}

	private static Brand brand(String name, long stories, long good) {
		Proportion share = new Proportion(good, stories);
		return new Brand(name, stories, good, share.value(), share.lower(LEVEL), share.upper(LEVEL), stories >= ENOUGH);
	}
}

package fr.fidele.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import fr.fidele.platform.InvalidFieldException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The categories the articles are filed in, as the help centre lists them. */
@Service
public class ArticleCategories {

	/** A category: its code, its names and its place in the lists. */
	public record Category(String code, String nameFr, String nameEn, int position) {

		public String name(String language) {
			return "en".equals(language) ? nameEn : nameFr;
		}
	}

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
	private static final int NAME_LENGTH = 100;

	private final JdbcClient jdbc;

	ArticleCategories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Category> all() {
		return jdbc.sql("select code, name_fr, name_en, position from article_category order by position, code").query(Category.class).list();
	}

	public Optional<Category> find(String code) {
		return jdbc.sql("select code, name_fr, name_en, position from article_category where code = ?").param(code).query(Category.class)
			.optional();
	}

	/** Creates the category or renames it. */
	@Transactional
	public Category save(Category category) {
		if (category.code() == null || !CODE.matcher(category.code()).matches()) {
			throw new InvalidFieldException("code", "categoryCode", category.code());
		}
		name("nameFr", category.nameFr());
		name("nameEn", category.nameEn());
		jdbc.sql("""
				insert into article_category (code, name_fr, name_en, position) values (?, ?, ?, ?)
				on conflict (code) do update set name_fr = excluded.name_fr, name_en = excluded.name_en, position = excluded.position""")
			.params(category.code(), category.nameFr().strip(), category.nameEn().strip(), category.position()).update();
		return find(category.code()).orElseThrow();
	}

	private static void name(String field, String name) {
		if (name == null || name.isBlank()) {
			throw new InvalidFieldException(field, "required");
		}
		if (name.length() > NAME_LENGTH) {
			throw new InvalidFieldException(field, "tooLong", NAME_LENGTH);
		}
	}
}

package fr.fidele.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.fidele.casefile.Segment;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's products, the links between them, and what each customer holds. Saving a product or a link again
 * with the same code (the same ends, reason and segment) changes it: an import run twice writes nothing twice.
 */
@Service
public class Catalogue {

	private final JdbcClient jdbc;
	private final CatalogueRules rules;
	private final Clock clock;

	Catalogue(JdbcClient jdbc, CatalogueRules rules, Clock clock) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.clock = clock;
	}

	@Transactional
	public Product save(Product product) {
		rules.check(product);
		jdbc.sql("""
				insert into product (code, name_fr, name_en, category, active, changed_at) values (?, ?, ?, ?, ?, ?)
				on conflict (code) do update set name_fr = excluded.name_fr, name_en = excluded.name_en, category = excluded.category,
				    active = excluded.active, changed_at = excluded.changed_at""")
			.params(product.code(), product.nameFr().strip(), product.nameEn().strip(), product.category(), product.active(),
					Timestamp.from(clock.instant()))
			.update();
		return product(product.code()).orElseThrow();
	}

	public List<Product> products() {
		return jdbc.sql("select * from product order by category nulls last, code").query(Catalogue::product).list();
	}

	/** The codes of the products on offer now: what a suggestion may name. */
	public Set<String> activeCodes() {
		return Set.copyOf(jdbc.sql("select code from product where active").query(String.class).list());
	}

	public java.util.Optional<Product> product(String code) {
		return jdbc.sql("select * from product where code = ?").param(code).query(Catalogue::product).optional();
	}

	/** Saves a link (changes its reason in plain words if the same link exists); both products must exist. */
	@Transactional
	public ProductLink save(ProductLink link) {
		rules.check(link);
		for (String code : new String[] { link.fromProduct(), link.toProduct() }) {
			if (code != null && product(code).isEmpty()) {
				throw new InvalidFieldException(code.equals(link.toProduct()) ? "to" : "from", "unknownProduct", code);
			}
		}
		long id = jdbc.sql("""
				insert into product_link (from_product, to_product, kind, reason_code, segment, why_fr, why_en) values (?, ?, ?, ?, ?, ?, ?)
				on conflict (from_product, to_product, reason_code, segment) do update set kind = excluded.kind, why_fr = excluded.why_fr,
				    why_en = excluded.why_en
				returning id""")
			.params(link.fromProduct(), link.toProduct(), link.kind().name(), link.reasonCode(), link.segment() == null ? null : link.segment().name(),
					link.whyFr().strip(), link.whyEn().strip())
			.query(Long.class).single();
		return links().stream().filter(saved -> saved.id() == id).findFirst().orElseThrow();
	}

	@Transactional
	public void deleteLink(long id) {
		if (jdbc.sql("delete from product_link where id = ?").param(id).update() == 0) {
			throw new NotFoundException("productLink", id);
		}
	}

	public List<ProductLink> links() {
		return jdbc.sql("select * from product_link order by from_product nulls first, to_product, id").query(Catalogue::link).list();
	}

	/** The codes of the products the customer holds. */
	public Set<String> holdings(long customerId) {
		return Set.copyOf(jdbc.sql("select product from customer_product where customer_id = ?").param(customerId).query(String.class).list());
	}

	/** Records that the customer holds a product from {@code since} (an accepted suggestion, an import, the demo). */
	@Transactional
	public void holds(long customerId, String product, LocalDate since) {
		if (product(product).isEmpty()) {
			throw new InvalidFieldException("product", "unknownProduct", product);
		}
		jdbc.sql("insert into customer_product (customer_id, product, since) values (?, ?, ?) on conflict do nothing")
			.params(customerId, product, since).update();
	}

	private static Product product(ResultSet rs, int row) throws SQLException {
		return new Product(rs.getString("code"), rs.getString("name_fr"), rs.getString("name_en"), rs.getString("category"),
				rs.getBoolean("active"));
	}

	private static ProductLink link(ResultSet rs, int row) throws SQLException {
		return new ProductLink(rs.getLong("id"), rs.getString("from_product"), rs.getString("to_product"), LinkKind.valueOf(rs.getString("kind")),
				rs.getString("reason_code"), rs.getString("segment") == null ? null : Segment.valueOf(rs.getString("segment")), rs.getString("why_fr"),
				rs.getString("why_en"));
	}
}

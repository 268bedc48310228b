package fr.fidele.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.platform.ConflictException;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.PersonalValues;
import fr.fidele.support.ApiClient;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.RoutingFixture.Advisor;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wrap-up notes saved while they are typed belong to the advisor holding the item, and last until the wrap-up (where
 * the notes go into the contact), a transfer, or the customer's erasure.
 */
@FideleTest
class WrapUpDraftsTests {

	@LocalServerPort
	int port;

	@Autowired
	RoutingFixture routing;

	@Autowired
	TestPeople people;

	@Autowired
	WrapUpDrafts drafts;

	@Autowired
	RoutingErasure erasure;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDraftIsTheHoldersUntilTheWrapUp() {
		String queue = routing.queue(1, 60);
		Advisor advisor = routing.advisor(port, Map.of(queue, 1));
		Advisor other = routing.advisor(port, Map.of(queue, 1));
		long item = connectedChat(queue, advisor);

		drafts.save(advisor.id(), item, "Box à remplacer");
		assertThat(drafts.of(advisor.id())).containsEntry(item, "Box à remplacer");
		assertThatThrownBy(() -> drafts.save(other.id(), item, "pas à moi")).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> drafts.save(advisor.id(), item, "x".repeat(WrapUpDrafts.LONGEST + 1)))
			.isInstanceOfSatisfying(InvalidFieldException.class, refused -> assertThat(refused.field()).isEqualTo("notes"));

		ApiClient.Response done = advisor.api().post("/api/routing/items/" + item + "/wrap-up", "{\"resolved\":true,\"notes\":\"Box à remplacer\"}");
		assertThat(done.status()).as(done.body()).isEqualTo(204);
		assertThat(draftOf(item)).isNull();
		assertThatThrownBy(() -> drafts.save(advisor.id(), item, "trop tard")).isInstanceOf(ConflictException.class);
	}

	@Test
	void aDraftGoesWithATransferAndWithTheCustomersErasure() {
		String queue = routing.queue(1, 60);
		Advisor advisor = routing.advisor(port, Map.of(queue, 1));
		long item = connectedChat(queue, advisor);
		drafts.save(advisor.id(), item, "Mme Dupont, 12 rue des Lilas");
		long customer = jdbc.sql("select customer_id from work_item where id = ?").param(item).query(Long.class).single();

		transaction.executeWithoutResult(status -> erasure.erase(customer, List.of(), new PersonalValues(List.of())));
		assertThat(draftOf(item)).as("erased").isNull();

		drafts.save(advisor.id(), item, "à transférer");
		ApiClient.Response moved = advisor.api().post("/api/routing/items/" + item + "/transfer", "{\"queue\":\"" + queue + "\",\"note\":\"suite\"}");
		assertThat(moved.status()).as(moved.body()).isEqualTo(204);
		assertThat(draftOf(item)).as("not the next advisor's").isNull();
	}

	private long connectedChat(String queue, Advisor advisor) {
		routing.presence(advisor, "AVAILABLE");
		long item = routing.chatFromANewCustomer(new ApiClient(port, people.create(Role.SUPERVISOR).token()), queue);
		routing.awaitItem(advisor, found -> found.get("id").asLong() == item);
		ApiClient.Response accepted = advisor.api().post("/api/routing/items/" + item + "/accept", "");
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		return item;
	}

	private String draftOf(long item) {
		return jdbc.sql("select notes_draft from work_item where id = ?").param(item).query((rs, n) -> rs.getString(1)).list().get(0);
	}
}

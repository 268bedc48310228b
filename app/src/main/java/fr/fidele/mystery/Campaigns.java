package fr.fidele.mystery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import fr.fidele.casefile.Channel;
import fr.fidele.platform.RequiredText;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.StorableText;
import fr.fidele.quality.Grids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The campaigns, their scenarios, and the competitors shoppers visit. */
@Service
public class Campaigns {

	static final int NAME_LENGTH = 200;
	static final int TEXT_LENGTH = 2000;

	private final JdbcClient jdbc;
	private final Grids grids;
	private final Clock clock;

	Campaigns(JdbcClient jdbc, Grids grids, Clock clock) {
		this.jdbc = jdbc;
		this.grids = grids;
		this.clock = clock;
	}

	@Transactional
	public Campaign create(NewCampaign campaign, long createdBy) {
		RequiredText.check("name", campaign.name(), NAME_LENGTH);
		if (campaign.gridId() == null || grids.find(campaign.gridId()).isEmpty()) {
			throw new InvalidFieldException("gridId", "unknownGrid", campaign.gridId());
		}
		if (campaign.scenarios() == null || campaign.scenarios().isEmpty()) {
			throw new InvalidFieldException("scenarios", "required");
		}
		for (int i = 0; i < campaign.scenarios().size(); i++) {
			NewCampaign.NewScenario s = campaign.scenarios().get(i);
			String at = "scenarios[" + i + "].";
			if (s == null) {
				throw new InvalidFieldException("scenarios[" + i + "]", "required");
			}
			RequiredText.check(at + "title", s.title(), NAME_LENGTH);
			RequiredText.check(at + "situation", s.situation(), TEXT_LENGTH);
			RequiredText.check(at + "ask", s.ask(), TEXT_LENGTH);
			RequiredText.check(at + "good", s.good(), TEXT_LENGTH);
			if (s.channel() == null || s.channel() == Channel.SELF_SERVICE) {
				throw new InvalidFieldException(at + "channel", "required");
			}
		}
		long id = jdbc.sql("insert into mystery_campaign (name, grid_id, created_by, created_at) values (?, ?, ?, ?) returning id")
			.params(clean(campaign.name()), campaign.gridId(), createdBy, Timestamp.from(clock.instant())).query(Long.class).single();
		for (NewCampaign.NewScenario s : campaign.scenarios()) {
			jdbc.sql("insert into mystery_scenario (campaign_id, title, situation, channel, ask, good) values (?, ?, ?, ?, ?, ?)")
				.params(id, clean(s.title()), clean(s.situation()), s.channel().name(), clean(s.ask()), clean(s.good())).update();
		}
		return get(id);
	}

	public Campaign get(long id) {
		return jdbc.sql("select * from mystery_campaign where id = ?").param(id).query(this::campaign).optional()
			.orElseThrow(() -> new NotFoundException("campaign", id));
	}

	public List<Campaign> all() {
		return jdbc.sql("select * from mystery_campaign order by created_at desc, id desc").query(this::campaign).list();
	}

	/** A competitor by its name, added the first time. */
	@Transactional
	public Competitor competitor(String name) {
		RequiredText.check("name", name, NAME_LENGTH);
		jdbc.sql("insert into mystery_competitor (name) values (?) on conflict (name) do nothing").param(clean(name)).update();
		return jdbc.sql("select id, name from mystery_competitor where name = ?").param(clean(name))
			.query((rs, n) -> new Competitor(rs.getLong(1), rs.getString(2))).single();
	}

	public List<Competitor> competitors() {
		return jdbc.sql("select id, name from mystery_competitor order by name").query((rs, n) -> new Competitor(rs.getLong(1), rs.getString(2))).list();
	}

	Scenario scenario(long id) {
		return jdbc.sql("select * from mystery_scenario where id = ?").param(id).query(Campaigns::scenario).optional()
			.orElseThrow(() -> new InvalidFieldException("scenarioId", "unknownValue", id));
	}

	static Scenario scenario(ResultSet rs, int row) throws SQLException {
		return new Scenario(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("title"), rs.getString("situation"),
				Channel.valueOf(rs.getString("channel")), rs.getString("ask"), rs.getString("good"));
	}

	private Campaign campaign(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<Scenario> scenarios = jdbc.sql("select * from mystery_scenario where campaign_id = ? order by id").param(id).query(Campaigns::scenario).list();
		return new Campaign(id, rs.getString("name"), rs.getLong("grid_id"), scenarios, rs.getLong("created_by"), rs.getTimestamp("created_at").toInstant());
	}

	static String clean(String text) {
		return StorableText.of(text.strip());
	}
}

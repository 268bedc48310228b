package fr.fidele.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.fidele.accounts.Role;
import fr.fidele.accounts.Users;
import fr.fidele.mystery.Campaign;
import fr.fidele.mystery.Campaigns;
import fr.fidele.mystery.MysteryResults;
import fr.fidele.people.Objectives;
import fr.fidele.people.Pulse;
import fr.fidele.people.PulseRelation;
import fr.fidele.quality.CalibrationReport;
import fr.fidele.quality.Calibrations;
import fr.fidele.quality.Evaluations;
import fr.fidele.quality.QualityFigures;
import fr.fidele.quality.Skill;
import fr.fidele.support.ScenarioDemoCompany;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo company's quality and people (docs/demo-company.md), on the same company as LoyaltyScenarioTests: its
 * calibration replays Krippendorff's worked example and so shows his published agreement; the planted hang-up advisor
 * scores low on behaviour; the mystery-shopping campaign shows the company improving wave after wave between a strong
 * and a weak competitor; every team has its objectives, and the pulse of its past months beside its customers.
 */
@ScenarioDemoCompany
class DemoPracticesTests {

	@Autowired
	Calibrations calibrations;

	@Autowired
	QualityFigures quality;

	@Autowired
	Evaluations evaluations;

	@Autowired
	Campaigns campaigns;

	@Autowired
	MysteryResults mystery;

	@Autowired
	Objectives objectives;

	@Autowired
	Pulse pulse;

	@Autowired
	Users users;

	@Autowired
	PulseRelation relation;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theContactsAndTheirLegsAreFiledInTheirMonthsPartitions() {
		for (String table : List.of("contact", "contact_leg")) {
			Map<String, Long> rows = jdbc.sql("select tableoid::regclass::text, count(*) from " + table + " group by 1")
				.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
			assertThat(rows).as(table).doesNotContainKey(table + "_default").containsKey(table + "_2026_10");
		}
	}

	@Test
	void theCalibrationShowsKrippendorffsPublishedAgreement() {
		CalibrationReport report = calibrations.report(calibrations.all().get(0).id(), users.findByUsername("helene").orElseThrow().id());
		assertThat(report.calibration().evaluatorIds()).hasSize(4);
		assertThat(report.scores().alpha()).isCloseTo(0.849, within(0.0005));
		assertThat(report.criteria().get(0).agreement().alpha()).isCloseTo(0.815, within(0.0005));
	}

	@Test
	void everyAdvisorIsEvaluatedAndThePlantedHangUpAdvisorIsWeakOnBehaviour() {
		long rushed = users.findByUsername(PlantedEffects.HANG_UP_ADVISOR).orElseThrow().id();
		assertThat(quality.byAdvisor()).hasSizeGreaterThanOrEqualTo(20);
		double rushedBehaviour = behaviour(rushed);
		assertThat(quality.byAdvisor()).filteredOn(a -> a.advisorId() != rushed)
			.allSatisfy(a -> assertThat(behaviour(a.advisorId())).as(a.name()).isGreaterThan(rushedBehaviour));
		assertThat(evaluations.awaitingDecision()).hasSize(1);
	}

	@Test
	void theCompanyImprovesWaveAfterWaveBetweenAStrongAndAWeakCompetitor() {
		Campaign campaign = campaigns.all().get(0);
		List<MysteryResults.Row> waves = mystery.of(campaign.id()).byWave();
		List<MysteryResults.Row> ours = waves.stream().filter(r -> r.competitorId() == null).toList();
		assertThat(ours).hasSize(DemoMystery.WAVES).allSatisfy(r -> assertThat(r.score().n()).isEqualTo(2L * DemoMystery.VISITS));
		assertThat(ours.get(2).score().mean()).isGreaterThan(ours.get(0).score().mean());
		double volta = mean(waves, "Volta Direct");
		double energiePlus = mean(waves, "Énergie Plus");
		assertThat(volta).isGreaterThan(energiePlus);
	}

	@Test
	void everyTeamHasItsObjectivesAndItsMonthsPulse() {
		int teams = users.teams().size();
		assertThat(objectives.current()).hasSize(2 * teams + 2);
		// every advisor answered this month; a team of fewer than five advisors is not shown, so that nobody's answer shows
		Map<Long, Long> advisorsByTeam = users.withRole(Role.ADVISOR).stream()
			.collect(Collectors.groupingBy(u -> u.teamId(), Collectors.counting()));
		List<Long> large = advisorsByTeam.entrySet().stream().filter(e -> e.getValue() >= Pulse.FEWEST_SHOWN).map(Map.Entry::getKey).toList();
		assertThat(large).hasSizeLessThan(teams);
		// the months shown have ended: this month's answers wait for the month's end
		assertThat(pulse.byTeam()).isNotEmpty().allSatisfy(t -> {
			assertThat(large).contains(t.teamId());
			assertThat(t.month()).isBefore(LocalDate.now().withDayOfMonth(1));
		});
		assertThat(relation.of().withSatisfaction().pairs()).isGreaterThanOrEqualTo(4);
	}

	private double behaviour(long advisorId) {
		return quality.bySkill(advisorId, LocalDate.parse("2025-11-01")).stream().filter(s -> s.skill() == Skill.BEHAVIOUR).findFirst().orElseThrow()
			.meanPercent();
	}

	private static double mean(List<MysteryResults.Row> rows, String competitor) {
		return rows.stream().filter(r -> competitor.equals(r.target())).mapToDouble(r -> r.score().mean()).average().orElseThrow();
	}
}

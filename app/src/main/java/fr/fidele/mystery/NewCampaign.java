package fr.fidele.mystery;

import java.util.List;

import fr.fidele.casefile.Channel;

/** A campaign as a supervisor writes it, with at least one scenario. */
public record NewCampaign(String name, Long gridId, List<NewScenario> scenarios) {

	/** A scenario to play. */
	public record NewScenario(String title, String situation, Channel channel, String ask, String good) {
	}
}

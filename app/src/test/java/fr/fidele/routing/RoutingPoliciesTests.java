package fr.fidele.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import fr.fidele.casefile.Channel;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The routing rules, each on its own, and the planner that combines them. */
class RoutingPoliciesTests {

	static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

	static WaitingItem item(long id, int priority, int secondsAgo, String skill, int level) {
		return new WaitingItem(id, ChannelKind.VOICE, priority, NOW.minusSeconds(secondsAgo), "fr", skill, level, null, null, null);
	}

	static FreeAdvisor advisor(long id, Map<String, Integer> skills, int voiceSlots, int idleSeconds) {
		return new FreeAdvisor(id, Set.of("fr"), skills, Map.of(ChannelKind.VOICE, voiceSlots, ChannelKind.CHAT, 3),
				NOW.minusSeconds(idleSeconds));
	}

	@Nested
	class Requirements {

		@Test
		void theAdvisorNeedsTheSkillAtTheLevelAndTheLanguage() {
			WaitingItem complaint = item(1, 0, 10, "COMPLAINT", 3);
			assertThat(QueueRequirements.met(complaint, advisor(1, Map.of("COMPLAINT", 3), 1, 0))).isTrue();
			assertThat(QueueRequirements.met(complaint, advisor(2, Map.of("COMPLAINT", 2), 1, 0))).isFalse();
			assertThat(QueueRequirements.met(complaint, advisor(3, Map.of("BILLING", 5), 1, 0))).isFalse();
			FreeAdvisor englishOnly = new FreeAdvisor(4, Set.of("en"), Map.of("COMPLAINT", 5), Map.of(ChannelKind.VOICE, 1), NOW);
			assertThat(QueueRequirements.met(complaint, englishOnly)).isFalse();
		}

		@Test
		void capacityCountsSlotsOfTheChannelsKind() {
			FreeAdvisor onACall = advisor(1, Map.of(), 0, 0);
			assertThat(CapacityRule.hasRoom(onACall, ChannelKind.VOICE)).isFalse();
			assertThat(CapacityRule.hasRoom(onACall, ChannelKind.CHAT)).isTrue();
			assertThat(CapacityRule.hasRoom(onACall, ChannelKind.WRITTEN)).isFalse();
			assertThat(ChannelKind.of(Channel.CALLBACK)).isEqualTo(ChannelKind.VOICE);
			assertThat(ChannelKind.of(Channel.WEB_FORM)).isEqualTo(ChannelKind.WRITTEN);
		}
	}

	@Nested
	class Sticky {

		WaitingItem repeat(Instant until) {
			return new WaitingItem(1, ChannelKind.VOICE, 0, NOW, "fr", "GENERAL", 1, 7L, until, null);
		}

		@Test
		void aRepeatWaitsForItsAdvisorThenGoesToAnyone() {
			FreeAdvisor previous = advisor(7, Map.of("GENERAL", 1), 1, 0);
			FreeAdvisor other = advisor(8, Map.of("GENERAL", 1), 1, 0);
			assertThat(StickyRouting.allows(repeat(NOW.plusSeconds(30)), previous, NOW)).isTrue();
			assertThat(StickyRouting.allows(repeat(NOW.plusSeconds(30)), other, NOW)).isFalse();
			assertThat(StickyRouting.allows(repeat(NOW.minusSeconds(1)), other, NOW)).isTrue();
		}

		@Test
		void aTransferToANamedAdvisorWaitsForThem() {
			WaitingItem named = new WaitingItem(1, ChannelKind.VOICE, 0, NOW, "fr", "GENERAL", 1, null, null, 9L);
			assertThat(StickyRouting.allows(named, advisor(9, Map.of(), 1, 0), NOW)).isTrue();
			assertThat(StickyRouting.allows(named, advisor(8, Map.of(), 1, 0), NOW)).isFalse();
			assertThat(QueueRequirements.met(named, advisor(9, Map.of(), 1, 0))).as("a person chose them").isTrue();
		}

		@Test
		void afterTheWaitThePreviousAdvisorStillComesFirstWhenFree() {
			WaitingItem late = repeat(NOW.minusSeconds(1));
			FreeAdvisor previous = advisor(7, Map.of("GENERAL", 1), 1, 0);
			FreeAdvisor expert = advisor(8, Map.of("GENERAL", 5), 1, 600);
			assertThat(List.of(expert, previous).stream().min(BestAdvisor.forItem(late))).contains(previous);
		}
	}

	@Nested
	class Ranking {

		@Test
		void theMostSkilledThenTheLongestIdle() {
			WaitingItem billing = item(1, 0, 10, "BILLING", 1);
			FreeAdvisor novice = advisor(1, Map.of("BILLING", 1), 1, 900);
			FreeAdvisor expertRecent = advisor(2, Map.of("BILLING", 4), 1, 5);
			FreeAdvisor expertIdle = advisor(3, Map.of("BILLING", 4), 1, 300);
			assertThat(List.of(novice, expertRecent, expertIdle).stream().sorted(BestAdvisor.forItem(billing)).map(FreeAdvisor::id))
				.containsExactly(3L, 2L, 1L);
		}
	}

	@Nested
	class Planner {

		@Test
		void theOldestOfTheHighestPriorityIsServedFirst() {
			List<WaitingItem> items = List.of(item(1, 0, 300, "GENERAL", 1), item(2, 5, 10, "GENERAL", 1), item(3, 0, 600, "GENERAL", 1));
			List<AssignmentPlanner.Offer> offers = AssignmentPlanner.plan(items, List.of(advisor(10, Map.of("GENERAL", 1), 1, 0),
					advisor(11, Map.of("GENERAL", 1), 1, 60)), NOW);
			assertThat(offers).extracting(AssignmentPlanner.Offer::itemId).containsExactly(2L, 3L);
			assertThat(offers).extracting(AssignmentPlanner.Offer::advisorId).containsExactly(11L, 10L);
		}

		@Test
		void anItemNobodyCanServeDoesNotBlockTheOnesBehind() {
			List<WaitingItem> items = List.of(item(1, 0, 600, "RETENTION", 3), item(2, 0, 10, "GENERAL", 1));
			List<AssignmentPlanner.Offer> offers = AssignmentPlanner.plan(items, List.of(advisor(10, Map.of("GENERAL", 2), 1, 0)), NOW);
			assertThat(offers).containsExactly(new AssignmentPlanner.Offer(2, 10));
		}

		@Test
		void anAdvisorIsNeverOfferedBeyondTheirSlots() {
			List<WaitingItem> items = List.of(item(1, 0, 30, "GENERAL", 1), item(2, 0, 20, "GENERAL", 1), item(3, 0, 10, "GENERAL", 1));
			assertThat(AssignmentPlanner.plan(items, List.of(advisor(10, Map.of("GENERAL", 1), 1, 0)), NOW)).hasSize(1);
			WaitingItem chat1 = new WaitingItem(4, ChannelKind.CHAT, 0, NOW.minusSeconds(9), "fr", "GENERAL", 1, null, null, null);
			WaitingItem chat2 = new WaitingItem(5, ChannelKind.CHAT, 0, NOW.minusSeconds(8), "fr", "GENERAL", 1, null, null, null);
			assertThat(AssignmentPlanner.plan(List.of(chat1, chat2), List.of(advisor(10, Map.of("GENERAL", 1), 0, 0)), NOW))
				.extracting(AssignmentPlanner.Offer::advisorId).containsExactly(10L, 10L);
		}

		@Test
		void workIsSharedAmongEquals() {
			List<WaitingItem> chats = List.of(
					new WaitingItem(1, ChannelKind.CHAT, 0, NOW.minusSeconds(3), "fr", "GENERAL", 1, null, null, null),
					new WaitingItem(2, ChannelKind.CHAT, 0, NOW.minusSeconds(2), "fr", "GENERAL", 1, null, null, null));
			assertThat(AssignmentPlanner.plan(chats, List.of(advisor(10, Map.of("GENERAL", 1), 0, 100),
					advisor(11, Map.of("GENERAL", 1), 0, 50)), NOW))
				.extracting(AssignmentPlanner.Offer::advisorId).containsExactly(10L, 11L);
		}
	}

	@Nested
	class Estimates {

		@Test
		void positionTimesHandleTimeSharedByTheStaff() {
			// 7th in line, 2 free slots take the first two at once: 5 × 240 s / 4 advisors = 300 s
			assertThat(WaitEstimate.seconds(7, 4, 2, 240)).hasValue(300);
			// 3 ahead of the free slots, 180 s each, 2 advisors: 270 s
			assertThat(WaitEstimate.seconds(4, 2, 1, 180)).hasValue(270);
			assertThat(WaitEstimate.seconds(2, 3, 2, 240)).hasValue(0);
			assertThat(WaitEstimate.seconds(1, 0, 0, 240)).isEmpty();
		}

		@Test
		void theMostSpecificQueueWins() {
			List<QueueSelection.QueueScope> queues = List.of(new QueueSelection.QueueScope("GENERAL", null, null, "fr", 0),
					new QueueSelection.QueueScope("GENERAL_EN", null, null, "en", 0),
					new QueueSelection.QueueScope("COMPLAINTS", "COMPLAINT", null, null, 5),
					new QueueSelection.QueueScope("PREMIUM", null, "PREMIUM", null, 8),
					new QueueSelection.QueueScope("PREMIUM_COMPLAINTS", "COMPLAINT", "PREMIUM", null, 1));
			assertThat(QueueSelection.choose(queues, "COMPLAINT", "RESIDENTIAL", "fr")).contains("COMPLAINTS");
			assertThat(QueueSelection.choose(queues, "COMPLAINT", "PREMIUM", "fr")).contains("PREMIUM_COMPLAINTS");
			assertThat(QueueSelection.choose(queues, "BILLING", "PREMIUM", "fr")).contains("PREMIUM");
			assertThat(QueueSelection.choose(queues, null, null, "en")).contains("GENERAL_EN");
			assertThat(QueueSelection.choose(queues.subList(0, 1), null, null, "en")).isEmpty();
		}

		@Test
		void figuresAreReusedForASecondThenComputedAgain() {
			Recent<String, Integer> recent = new Recent<>(Duration.ofSeconds(1));
			AtomicInteger computed = new AtomicInteger();
			assertThat(recent.get("GENERAL", NOW, computed::incrementAndGet)).isEqualTo(1);
			assertThat(recent.get("GENERAL", NOW.plusMillis(999), computed::incrementAndGet)).as("reused").isEqualTo(1);
			assertThat(recent.get("BILLING", NOW.plusMillis(999), computed::incrementAndGet)).as("each key its own").isEqualTo(2);
			assertThat(recent.get("GENERAL", NOW.plusSeconds(1), computed::incrementAndGet)).as("a second on").isEqualTo(3);
			assertThat(recent.get("GENERAL", NOW, computed::incrementAndGet)).as("the clock set back").isEqualTo(4);
		}
	}
}

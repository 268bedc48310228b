package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** A fold-after the background fold could not keep ahead of is refused when the settings are read, by its name. */
class LoyaltyPropertiesTest {

	@Test
	void foldAfterIsNoneOrAtLeastASecond() {
		assertThat(settings(Duration.ZERO).foldAfter()).isZero();
		assertThat(settings(Duration.ofSeconds(1)).foldAfter()).isEqualTo(Duration.ofSeconds(1));
		assertThatThrownBy(() -> settings(Duration.ofMillis(999))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("fidele.loyalty.fold-after").hasMessageContaining("PT0.999S");
	}

	private static LoyaltyProperties settings(Duration foldAfter) {
		return new LoyaltyProperties(false, "-", foldAfter, LoyaltyProperties.Cluster.NONE);
	}
}

package fr.fidele.routing;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells this instance's open workspaces and walls what changed: an advisor's offers, or the queues. Changes made
 * by another instance reach them at the next tick of {@link LiveUpdates}.
 */
@Component
public class RoutingSignals {

	/** What a workspace or a wall listens to. */
	public interface Listener {
		void offersChanged(Set<Long> advisorIds);
	}

	private static final Logger log = LoggerFactory.getLogger(RoutingSignals.class);

	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	public void listen(Listener listener) {
		listeners.add(listener);
	}

	/** Tells the listeners once the change is committed; a listener that fails does not fail the change. */
	void offersChanged(Set<Long> advisorIds) {
		afterCommit(() -> listeners.forEach(listener -> {
			try {
				listener.offersChanged(advisorIds);
			}
			catch (RuntimeException e) {
				log.warn("A routing listener failed; the workspaces catch up at the next tick", e);
			}
		}));
	}

	/** Runs {@code action} once the current transaction has committed (at once outside a transaction). */
	static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}
}

package fr.fidele.routing;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

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

	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	public void listen(Listener listener) {
		listeners.add(listener);
	}

	void offersChanged(Set<Long> advisorIds) {
		afterCommit(() -> listeners.forEach(listener -> listener.offersChanged(advisorIds)));
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

package fr.fidele.loyalty;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** Work run on a thread of its own while the caller goes on, and its result waited for, its failure rethrown. */
final class BackgroundWork {

	private BackgroundWork() {
	}

	static <T> FutureTask<T> start(String name, Callable<T> work) {
		FutureTask<T> task = new FutureTask<>(work);
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
		return task;
	}

	static <T> T finished(FutureTask<T> task) {
		try {
			return task.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for " + task, e);
		}
		catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
		}
	}
}

package fr.fidele.loyalty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

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

	/**
	 * Every piece of {@code work} on as many threads of their own as the machine has cores, the results in the order of
	 * the work. Not a parallel stream: its caller waits by spinning in the common pool while the pieces run, a core
	 * taken from them on a machine of two.
	 */
	static <T> List<T> all(String name, List<Supplier<T>> work) {
		int threads = Math.min(work.size(), Runtime.getRuntime().availableProcessors());
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Supplier<T> piece : work) {
				futures.add(pool.submit(piece::get));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(finished(future));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	static <T> T finished(Future<T> task) {
		return finished(task, RuntimeException.class);
	}

	/**
	 * The task's result once it is done; its failure thrown as it was when unchecked or of the kind {@code thrown} (a
	 * database failure, which the caller's reporting read translates or reads again), any other wrapped.
	 */
	static <T, X extends Exception> T finished(Future<T> task, Class<X> thrown) throws X {
		try {
			return task.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for " + task, e);
		}
		catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (thrown.isInstance(cause)) {
				throw thrown.cast(cause);
			}
			throw new IllegalStateException(cause);
		}
	}
}

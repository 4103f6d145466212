package vn.cchc.site.bake;

import vn.cchc.site.core.BuildFailedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * Runs one bake in its own fork-join pool (its parallel streams use that pool's threads), and turns
 * what the pool wraps back into the bake's own exceptions.
 */
final class BakePool {
    private BakePool() {
    }

    /** One bake, given the timings it records into. */
    interface Bake {
        BakeResult run(Timings timings) throws Exception;
    }

    static BakeResult run(int threads, Bake bake) throws BuildFailedException, IOException {
        Timings timings = new Timings();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            return pool.submit(() -> bake.run(timings)).get();
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            // let every task end before returning: a page of a failed build must not be written later
            // into a folder that the next build (serve, tests) may already have taken over
            pool.shutdown();
            try {
                pool.awaitTermination(5, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static IOException unwrap(Throwable cause) throws BuildFailedException {
        // ForkJoinPool wraps a checked exception of a Callable in a RuntimeException
        while (cause instanceof RuntimeException && !(cause instanceof UncheckedIOException)
                && !(cause instanceof TemplateFailure) && cause.getCause() instanceof Exception inner) {
            cause = inner;
        }
        if (cause instanceof BuildFailedException b) {
            throw b;
        }
        if (cause instanceof TemplateFailure t) {
            throw new BuildFailedException(List.of(t.problem()));
        }
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof UncheckedIOException u) {
            return u.getCause();
        }
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        throw new IllegalStateException(cause);
    }
}

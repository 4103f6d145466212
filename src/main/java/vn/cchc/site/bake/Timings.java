package vn.cchc.site.bake;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall time of each build phase, and render time summed per template (CPU time across threads),
 * so that a slow template shows up by name in {@code build --timings}. One instance per build.
 */
public final class Timings {
    private final Map<String, Long> phases = Collections.synchronizedMap(new LinkedHashMap<>());
    private final ConcurrentHashMap<String, LongAdder> templates = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, LongAdder> templateCounts = new ConcurrentHashMap<>();

    /** Runs {@code work} and records its wall time under {@code phase}. */
    public <T> T time(String phase, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            phases.merge(phase, System.nanoTime() - start, Long::sum);
        }
    }

    public void run(String phase, Runnable work) {
        time(phase, () -> {
            work.run();
            return null;
        });
    }

    public void template(String name, long nanos) {
        templates.computeIfAbsent(name, k -> new LongAdder()).add(nanos);
        templateCounts.computeIfAbsent(name, k -> new LongAdder()).increment();
    }

    /** Phase → milliseconds, in the order phases ran. */
    public Map<String, Long> phasesMillis() {
        Map<String, Long> out = new LinkedHashMap<>();
        synchronized (phases) {
            phases.forEach((k, v) -> out.put(k, v / 1_000_000));
        }
        return out;
    }

    /** Template → milliseconds (summed over threads), by name. */
    public Map<String, Long> templatesMillis() {
        Map<String, Long> out = new TreeMap<>();
        templates.forEach((k, v) -> out.put(k, v.sum() / 1_000_000));
        return out;
    }

    /** Template → number of pages rendered with it. */
    public Map<String, Long> templateCounts() {
        Map<String, Long> out = new TreeMap<>();
        templateCounts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}

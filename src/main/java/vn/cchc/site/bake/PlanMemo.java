package vn.cchc.site.bake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The page jobs of the previous plan, each with the inputs it was made from. A warm rebuild asks
 * for a page with its inputs; when they are the same as last time the previous {@link PageJob}
 * instance is returned as it is, so neither building its model (JSON-LD included) nor comparing it
 * costs anything. Inputs are the objects a page shows: mostly views, which a warm bake reuses for
 * unchanged files and so match by identity, and small values (titles, counts).
 *
 * <p>Pages of one plan may be asked for from several threads at once (item pages are planned in
 * parallel); {@link #finish()} and {@link #clear()} run between plans. One instance per {@link Baker}.
 */
final class PlanMemo {
    private record Entry(Object[] inputs, Object value) {
    }

    private Map<String, Entry> previous = new HashMap<>();
    private Map<String, Entry> current = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();

    /**
     * The job for {@code path}: last plan's job when {@code inputs} are the same, else a new one.
     *
     * @param inputs everything the page's model is made from (besides the site configuration, whose
     *               change clears the memo)
     */
    PageJob job(String path, Object[] inputs, Supplier<PageJob> make) {
        return reuse(path, inputs, make);
    }

    /**
     * Last plan's value under {@code key} when {@code inputs} are the same, else a new one (for
     * what is planned as a group, such as the statistics pages).
     */
    @SuppressWarnings("unchecked")
    <T> T reuse(String key, Object[] inputs, Supplier<T> make) {
        Entry last = previous.get(key);
        T value;
        if (last != null && same(last.inputs(), inputs)) {
            value = (T) last.value();
            reused.incrementAndGet();
        } else {
            value = make.get();
        }
        current.put(key, new Entry(inputs, value));
        return value;
    }

    /** Ends a plan: its jobs become the ones the next plan may reuse. Returns how many were reused. */
    int finish() {
        previous = current;
        current = new ConcurrentHashMap<>(previous.size() * 2);
        return reused.getAndSet(0);
    }

    /** Forgets everything (the configuration changed). */
    void clear() {
        previous = new HashMap<>();
        current = new ConcurrentHashMap<>();
        reused.set(0);
    }

    private static boolean same(Object[] a, Object[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!same(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Same instance (the fast, usual case), lists pairwise, else equal values: reusing a page made
     * from equal inputs is always right, identity only makes the check cheap.
     */
    static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }
}

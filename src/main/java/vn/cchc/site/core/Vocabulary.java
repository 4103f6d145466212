package vn.cchc.site.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A configurable list of keys with Vietnamese labels (pillars, channels), in display order.
 */
public record Vocabulary(Map<String, String> labels) {

    public Vocabulary {
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    public boolean contains(String key) {
        return labels.containsKey(key);
    }

    /** The label of {@code key}, or the key itself when it is unknown. */
    public String label(String key) {
        return labels.getOrDefault(key, key);
    }

    public Set<String> keys() {
        return labels.keySet();
    }
}

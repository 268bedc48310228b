package fr.fidele.stats.cli;

import fr.fidele.stats.survival.TimeFix;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Command-line options of the form {@code --name value}, plus value-less flags such as {@code --summary} and
 * {@code --no-timefix}.
 */
final class Arguments {

    /** Flag that turns off the merging of near-tied times (R's {@code timefix = FALSE}). */
    static final String NO_TIME_FIX = "--no-timefix";
    private static final Set<String> FLAGS = Set.of("--summary", NO_TIME_FIX);

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    Arguments(String[] args, int from, Set<String> allowed) {
        for (int i = from; i < args.length; i++) {
            String name = args[i];
            if (!allowed.contains(name)) {
                throw new UsageException("unknown option '" + name + "'");
            }
            if (FLAGS.contains(name)) {
                flags.add(name);
            } else if (i + 1 < args.length) {
                values.put(name, args[++i]);
            } else {
                throw new UsageException("option " + name + " needs a value");
            }
        }
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException("missing option " + name);
        }
        return value;
    }

    String optional(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    boolean has(String name) {
        return values.containsKey(name) || flags.contains(name);
    }

    double number(String name, String fallback) {
        String text = optional(name, fallback);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new UsageException("option " + name + " must be a number: '" + text + "'");
        }
    }

    /** R's {@code timefix}: on unless {@value #NO_TIME_FIX} is given. */
    TimeFix timeFix() {
        return has(NO_TIME_FIX) ? TimeFix.OFF : TimeFix.ON;
    }
}

package org.liaison.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which paths a {@code .dockerignore} sends to the Docker daemon, by Docker's own rules (moby's patternmatcher): the
 * last pattern that matches a path or one of its parent directories decides; {@code !} re-includes; {@code *} and
 * {@code ?} stay within one path segment, {@code **} crosses any number of them.
 */
final class DockerIgnore {

    private record Rule(Pattern pattern, boolean exclude) {
    }

    private final List<Rule> rules = new ArrayList<>();

    DockerIgnore(String text) {
        for (String raw : text.split("\n")) {
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean exclude = !line.startsWith("!");
            String glob = exclude ? line : line.substring(1).trim();
            glob = glob.replaceAll("^/+", "").replaceAll("/+$", "");
            rules.add(new Rule(toRegex(glob), exclude));
        }
    }

    /** Whether {@code path} (relative to the build context, {@code /}-separated) reaches the daemon. */
    boolean sends(String path) {
        String normalised = path.replaceAll("^/+", "").replaceAll("/+$", "");
        boolean excluded = false;
        for (Rule rule : rules) {
            if (matchesOrParentMatches(rule.pattern(), normalised)) {
                excluded = rule.exclude();
            }
        }
        return !excluded;
    }

    private static boolean matchesOrParentMatches(Pattern pattern, String path) {
        if (pattern.matcher(path).matches()) {
            return true;
        }
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            if (pattern.matcher(path.substring(0, slash)).matches()) {
                return true;
            }
        }
        return false;
    }

    private static Pattern toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
                if (i + 1 < glob.length() && glob.charAt(i + 1) == '/') {
                    i++;
                    regex.append("/?");
                }
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}

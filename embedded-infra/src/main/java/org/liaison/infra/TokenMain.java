package org.liaison.infra;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;

/**
 * {@code ./liaison token --office ID --role ROLE [--ttl 8h] [--subject NAME] [--keys DIR]}: prints a token
 * signed with the local key (generated on first use). {@code --keys-only} creates the key pair without printing a
 * token.
 */
public final class TokenMain {

    /** The API roles, and {@code metrics} for a scraper of /q/metrics that may read nothing else. */
    private static final Set<String> ROLES = Set.of("reader", "editor", "admin", "metrics");

    private TokenMain() {
    }

    public static void main(String[] args) {
        int status = print(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Prints the token alone on {@code out}, or what is wrong and the usage on {@code err}; the exit status. */
    public static int print(String[] args, PrintStream out, PrintStream err) {
        try {
            out.println(run(args));
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println("usage: ./liaison token --office ORGANISATION_ID --role reader|editor|admin|metrics "
                    + "[--ttl 8h|30m, at most 24h] [--subject NAME]");
            return 2;
        }
    }

    static String run(String[] args) {
        String office = null;
        String role = null;
        String ttl = "8h";
        String subject = null;
        Path keysDir = Path.of(".liaison", "keys");
        boolean keysOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--office" -> office = value(args, ++i, "--office");
                case "--role" -> role = value(args, ++i, "--role");
                case "--ttl" -> ttl = value(args, ++i, "--ttl");
                case "--subject" -> subject = value(args, ++i, "--subject");
                case "--keys" -> keysDir = Path.of(value(args, ++i, "--keys"));
                case "--keys-only" -> keysOnly = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        LocalKeys keys = LocalKeys.inDirectory(keysDir);
        if (keysOnly) {
            return keys.publicKeyFile().toAbsolutePath().toString();
        }
        if (office == null || role == null) {
            throw new IllegalArgumentException("--office and --role are required");
        }
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("--role must be one of " + ROLES);
        }
        UUID officeId;
        try {
            officeId = UUID.fromString(office);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--office must be an organisation id (UUID)");
        }
        return new LocalTokens(keys)
                .issue(officeId, role, subject == null ? role + "@" + officeId : subject, duration(ttl));
    }

    static Duration duration(String text) {
        try {
            long amount = Long.parseLong(text.substring(0, text.length() - 1));
            Duration d = switch (text.charAt(text.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> Duration.parse(text);
            };
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("--ttl must be positive");
            }
            if (d.compareTo(LocalTokens.MAX_TTL) > 0) {
                throw new IllegalArgumentException("--ttl is at most 24h: the services refuse older tokens");
            }
            return d;
        } catch (NumberFormatException | StringIndexOutOfBoundsException | DateTimeParseException e) {
            throw new IllegalArgumentException("--ttl is a number with s, m, h or d, e.g. 8h");
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}

package fr.fidele.stats.cli;

/** A problem with the command line or the input file, reported as one line on stderr with exit code 2. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}

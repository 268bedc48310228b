package fr.fidele.stats.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/** Files written under a temporary name, then moved into place: a reader sees all of one or nothing. */
public final class WholeFiles {

    private WholeFiles() {
    }

    public interface Content {
        void to(OutputStream out) throws IOException;
    }

    /** What writes a file whole at the path it is given. */
    public interface AtPath {
        void to(Path partial) throws IOException;
    }

    public static void write(Path file, Content content) throws IOException {
        writeAt(file, partial -> {
            try (OutputStream out = Files.newOutputStream(partial)) {
                content.to(out);
            }
        });
    }

    /** {@code content} written at a temporary path by a writer of its own (a library's), then moved into place. */
    public static void writeAt(Path file, AtPath content) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        content.to(partial);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }

    public static Properties read(Path file) throws IOException {
        Properties text = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            text.load(in);
        }
        return text;
    }
}

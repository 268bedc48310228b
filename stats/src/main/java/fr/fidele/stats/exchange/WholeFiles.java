package fr.fidele.stats.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/** Small files written under a temporary name, then moved into place: a reader sees all of one or nothing. */
public final class WholeFiles {

    private WholeFiles() {
    }

    public interface Content {
        void to(OutputStream out) throws IOException;
    }

    public static void write(Path file, Content content) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            content.to(out);
        }
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

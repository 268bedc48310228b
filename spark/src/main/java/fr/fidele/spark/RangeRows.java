package fr.fidele.spark;

import java.io.IOException;
import java.sql.SQLException;

import fr.fidele.casefile.CopyRows;

/** The rows of one range of customers, read one table after the other; closing ends the range's reading. */
interface RangeRows extends AutoCloseable {

    /** The range's rows of {@code table}, which the caller closes before asking for the next table. */
    CopyRows rows(RangeTable table) throws SQLException, IOException;

    @Override
    void close() throws SQLException;
}

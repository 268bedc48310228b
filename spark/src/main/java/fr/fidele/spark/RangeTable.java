package fr.fidele.spark;

import fr.fidele.casefile.AnswerBits;
import fr.fidele.casefile.ContactRow;
import fr.fidele.casefile.CustomerRow;

/**
 * The four sets of rows a range of customers is read from, by the application's own queries ({@code casefile}):
 * its customers, the survey answers of its contacts, the resolutions of its cases, and its contacts with each one's
 * first leg's advisor. Each is a
 * query of the database, or a file of a Parquet export of it ({@link CaseFileExport}).
 */
enum RangeTable {

    CUSTOMERS("customers") {
        @Override
        String query(String range) {
            return CustomerRow.query("id " + range);
        }
    },
    ANSWERS("answers") {
        @Override
        String query(String range) {
            // a semi-join: "= any(array(...))" compares every answer with each of the range's contacts in turn
            return AnswerBits.query("contact_id in (select id from contact_facts where customer_id " + range + ")");
        }
    },
    CASES("cases") {
        @Override
        String query(String range) {
            return ContactRow.caseResolutions("case_facts k", "k.customer_id " + range);
        }
    },
    CONTACTS("contacts") {
        @Override
        String query(String range) {
            return ContactRow.withFirstLegAdvisor("c.customer_id " + range);
        }
    };

    private final String directory;

    RangeTable(String directory) {
        this.directory = directory;
    }

    /** The query of the rows of the customers whose id {@code range} keeps (an SQL condition on the id). */
    abstract String query(String range);

    /** The directory of an export that holds these rows, a file per range. */
    String directory() {
        return directory;
    }
}

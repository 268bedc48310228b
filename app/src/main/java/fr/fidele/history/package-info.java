/** Who changed what in the case file, when and why: an append-only history of every write. */
package fr.fidele.history;

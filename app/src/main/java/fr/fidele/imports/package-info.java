/** Imports of customers and contacts from CSV files: column mappings, known formats, reports of rejected rows. */
package fr.fidele.imports;

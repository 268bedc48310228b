/** Pages composed from the modules' APIs: the customer case file, case pages, layout. Depends on modules, never the reverse. */
package fr.fidele.ui;

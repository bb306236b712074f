/* dialect: which separator a CSV file uses, read from its header row, so
 * files that spreadsheets save with semicolons or tabs are read as written. */
#ifndef RENDER_DIALECT_H
#define RENDER_DIALECT_H

#include <glib.h>

/* The separator of text[len]: ',' unless its header row (the first line
 * that is not blank) has no comma outside quotes but semicolons (as
 * spreadsheets save where the comma is the decimal mark) or tabs (as they
 * copy cells); ';' when it has as many of both. *at is the byte offset of
 * the first such separator (0 for a header without one). */
char dialect_separator(const char *text, gsize len, gsize *at);

/* "commas", "semicolons" or "tabs", for messages; static. */
const char *dialect_separator_name(char sep);

#endif

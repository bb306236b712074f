/* table: reads a CSV file through libcsv into rows of named columns, keeping
 * the line and column of every field so later stages can say where data is wrong. */
#ifndef RENDER_TABLE_H
#define RENDER_TABLE_H

#include <glib.h>

/* A column the caller wants, looked up by header name (case-insensitive,
 * surrounding spaces ignored). Unknown header columns are ignored. */
typedef struct TableColumn {
	const char *name;
	gboolean required;   /* missing from the header: an error naming it */
} TableColumn;

/* One field of the file. text is "" for an empty field, NULL when the column
 * is not in the file at all. line and col (1-based; col counts characters)
 * point at the first character of the field, or its opening quote (for an
 * absent column: at the row's first field); table_locate finds any
 * character of the text. */
typedef struct TableCell {
	const char *text;    /* owned by the Table */
	int line;
	int col;
	gboolean quoted;     /* col is the opening quote: the text starts at col + 1 */
} TableCell;

typedef struct Table Table;

/* Reads path; "-" reads standard input, which messages call "<stdin>". The
 * file must be UTF-8 (a BOM is skipped), may use LF, CRLF or CR line ends,
 * separates its fields with commas, or with semicolons or tabs when its
 * header row does (one line on stderr then says so), and must have a header
 * row and at least one data row; every row must have as many fields as the
 * header. Rows with only empty fields are skipped; a field may hold at most
 * 2000 characters. Text is text: tabs and line breaks are the only control
 * characters it may hold, and a byte order mark only at the start. On error returns NULL and sets *err (DIAG_DATA, or DIAG_IO
 * when the file cannot be read) to "path:line:col: what was wrong, what was
 * expected". columns[ncolumns] lists the wanted columns; later calls index
 * them in that order. The caller owns the result: table_free. */
Table *table_read(const char *path, const TableColumn *columns, int ncolumns,
                  GError **err);
void table_free(Table *t);

const char *table_path(const Table *t);   /* as messages name it: table_name */
/* The name messages give path: "<stdin>" for "-", else path. Borrowed. */
const char *table_name(const char *path);
int table_rows(const Table *t);            /* data rows, header excluded */
/* Borrowed, valid until table_free. column is an index into the columns
 * array given to table_read. The position is worked out on the first call
 * for that cell (a scan of its row), so ask for it when a message needs it. */
const TableCell *table_cell(const Table *t, int row, int column);
/* The cell's text as table_cell gives it, without working out its position;
 * borrowed. */
const char *table_field(const Table *t, int row, int column);
/* The line and column in the file of byte `offset` of the cell's text (as
 * table_field gives it), for a message about one character of it; a
 * doubled quote or a CRLF in the file is one byte of the text. */
void table_locate(const Table *t, int row, int column, gsize offset, int *line,
                  int *col);
/* Line of the row's first field, for messages about a whole row. */
int table_row_line(const Table *t, int row);
/* The cell's text with surrounding white space removed, or NULL when the
 * column is absent or the field empty. The caller frees the copy. */
char *table_text(const Table *t, int row, int column);
/* Whether the file has that wanted column. */
gboolean table_has(const Table *t, int column);

#endif

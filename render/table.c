/* table: the CSV reader of table.h. libcsv does the quoting and gets the whole
 * text in one call. Line and column numbers are not counted while parsing: a
 * small lexer follows libcsv field by field to find where each record starts
 * (its line is kept), and a field's column is worked out only when a message
 * or a caller asks for it. */
#include "table.h"
#include "dialect.h"
#include "diag.h"
#include "limit.h"
#include "textfile.h"

#include <csv.h>
#include <stdio.h>
#include <string.h>

/* Header names listed in a "no such column" message, at most. */
#define LIST_NAMES 12

/* A place in the text: its byte offset, its line, and where that line starts
 * (the byte after the last line end before it). */
typedef struct Cursor {
	gsize off;
	int line;
	gsize line_start;
} Cursor;

/* Where a record's first field starts; line_start anchors the scan that
 * finds any of its fields again. */
typedef struct RowStart {
	int line;
	guint32 line_start;
} RowStart;

struct Table {
	char *path;
	char *whole;            /* the file as read; owned */
	const char *buf;        /* the text after any BOM, NUL-terminated */
	gsize len;
	char sep;               /* the field separator: ',', ';' or '\t' */
	GStringChunk *text;     /* every field's text: one arena per table */
	int ncolumns;
	gboolean *has;          /* [ncolumns] */
	int *field_of;          /* [ncolumns]: its field in the header, or -1 */
	GArray *cells;          /* TableCell, rows x ncolumns; line 0 until asked */
	GArray *rows;           /* RowStart per row */
};

typedef struct Pos {
	int line, col;
} Pos;

typedef struct Reader {
	const char *path;
	const char *buf;        /* the text after any BOM, NUL-terminated */
	gsize len;
	char sep;               /* the field separator: ',', ';' or '\t' */
	const TableColumn *columns;
	int ncolumns;
	Table *t;
	GError **err;
	gboolean failed;        /* libcsv cannot be stopped: later calls are ignored */

	Cursor cur;             /* the lexer: the end of the last field libcsv gave */
	gboolean row_begun;     /* the current record has a field already */

	/* The record being read. */
	int nfields;
	gboolean nonempty;
	Cursor row_at, extra_at;
	TableCell *scratch;     /* [ncolumns] */

	gboolean have_header;
	GPtrArray *names;       /* header names, trimmed, in the arena */
	GArray *name_at;        /* Cursor per header name */
	int nheader;
	int *hmap;              /* header field -> wanted column, or -1 */
	int header_end_line;
	GString *tmp;
} Reader;

static const char empty_text[] = "";

/* What libcsv skips around a field: spaces, and tabs unless they separate. */
static gboolean is_blank(char c, char sep)
{
	return c == ' ' || (c == '\t' && sep != '\t');
}

static gboolean is_line_end(char c)
{
	return c == '\n' || c == '\r';
}

/* Moves c over the byte at c->off. A line ends at LF, at CR not followed by
 * LF, and so at the LF of a CRLF. */
static void step(const char *b, Cursor *c)
{
	char ch = b[c->off++];
	if (ch == '\n' || (ch == '\r' && b[c->off] != '\n')) {
		c->line++;
		c->line_start = c->off;
	}
}

/* The line and column (in characters) of byte target, counted from c. */
static Pos pos_from(const char *b, Cursor c, gsize target)
{
	c.off = c.line_start;
	while (c.off < target)
		step(b, &c);
	int col = 1;
	for (gsize i = c.line_start; i < target; i++)
		col += ((unsigned char)b[i] & 0xC0) != 0x80;  /* not a continuation byte */
	return (Pos){ c.line, col };
}

/* Skips what libcsv skips before a field: spaces and tabs, and before a
 * record's first field also blank lines. */
static void skip_blanks(const char *b, gsize len, char sep, Cursor *c, gboolean row_begun)
{
	while (c->off < len && (is_blank(b[c->off], sep) ||
	                        (!row_begun && is_line_end(b[c->off]))))
		step(b, c);
}

/* Moves c over one field libcsv has accepted, from where the previous one
 * ended to the field's terminator (the separator sep, a line end or the end
 * of the text). Returns where the field starts: its first character or
 * opening quote, or for an empty field the byte after the separator or line
 * end. */
static Cursor lex_field(const char *b, gsize len, char sep, Cursor *c, gboolean row_begun)
{
	gsize from = c->off;
	skip_blanks(b, len, sep, c, row_begun);
	Cursor at = *c;
	if (c->off >= len || b[c->off] == sep || is_line_end(b[c->off])) {
		at.off = MAX(from, c->line_start);
		return at;
	}
	if (b[c->off] == '"') {
		step(b, c);
		for (;;) {   /* to the closing quote; "" is a quote inside */
			while (c->off < len && b[c->off] != '"')
				step(b, c);
			if (c->off >= len)
				break;
			c->off++;
			if (b[c->off] != '"')
				break;
			c->off++;
		}
	}
	const char ends[] = {sep, '\r', '\n', '\0'};
	c->off += strcspn(b + c->off, ends);
	return at;
}

/* Where a field's text starts: after its opening quote, if it has one. */
static Cursor text_start(const char *b, Cursor at)
{
	if (b[at.off] == '"')
		at.off++;
	return at;
}

/* Where the field libcsv is about to fail on starts, for the message. */
static Cursor failing_field(const Reader *r)
{
	Cursor c = r->cur;
	skip_blanks(r->buf, r->len, r->sep, &c, r->row_begun);
	return c;
}

static Pos pos_at(const Reader *r, Cursor at)
{
	return pos_from(r->buf, at, at.off);
}

/* Copies field text into the arena; quoted line breaks become "\n" whatever
 * the file's line ends, so CRLF and LF files give the same text. */
static const char *keep(Reader *r, const char *s, size_t n)
{
	if (n == 0)
		return empty_text;
	if (!memchr(s, '\r', n))
		return g_string_chunk_insert_len(r->t->text, s, (gssize)n);
	g_string_truncate(r->tmp, 0);
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\r') {
			g_string_append_c(r->tmp, '\n');
			if (i + 1 < n && s[i + 1] == '\n')
				i++;
		} else {
			g_string_append_c(r->tmp, s[i]);
		}
	}
	return g_string_chunk_insert_len(r->t->text, r->tmp->str,
	                                 (gssize)r->tmp->len);
}

static void fail_at(Reader *r, Pos p, const char *msg)
{
	diag_at(r->err, r->path, p.line, p.col, "%s", msg);
	r->failed = TRUE;
}

static void on_field(void *field, size_t n, void *data)
{
	Reader *r = data;
	if (r->failed)
		return;
	Cursor at = lex_field(r->buf, r->len, r->sep, &r->cur, r->row_begun);
	if (r->cur.off < r->len && r->buf[r->cur.off] == r->sep)
		r->cur.off++;   /* a line end is left for the next record to skip */
	int idx = r->nfields++;
	r->row_begun = TRUE;
	if (idx == 0)
		r->row_at = at;
	if (idx == LIMIT_FIELDS) {   /* checked before the field is kept */
		char *msg = g_strdup_printf("more than %d fields in a row: a chart "
		                            "reads at most %d; leave out the columns "
		                            "it does not need", LIMIT_FIELDS, LIMIT_FIELDS);
		fail_at(r, pos_at(r, at), msg);
		g_free(msg);
		return;
	}
	const char *s = field ? field : "";
	if (!r->have_header) {
		char *name = g_string_chunk_insert_len(r->t->text, s, (gssize)n);
		g_ptr_array_add(r->names, g_strstrip(name));
		g_array_append_val(r->name_at, at);
		if (*name)
			r->nonempty = TRUE;
		return;
	}
	if (n > 0)
		r->nonempty = TRUE;
	/* Charts hold short texts; a runaway field (a missing closing quote that
	 * swallowed the file) would only make layout slow. */
	if (n > LIMIT_FIELD_CHARS && g_utf8_strlen(s, (gssize)n) > LIMIT_FIELD_CHARS) {
		char *msg = g_strdup_printf("field of %ld characters: at most %d fit "
		                            "in a chart; shorten it", g_utf8_strlen(s, (gssize)n),
		                            LIMIT_FIELD_CHARS);
		fail_at(r, pos_at(r, at), msg);
		g_free(msg);
		return;
	}
	if (idx < r->nheader) {
		int w = r->hmap[idx];
		if (w >= 0)
			r->scratch[w] = (TableCell){ keep(r, s, n), 0, 0, FALSE };
	} else if (idx == r->nheader) {
		r->extra_at = at;
	}
}

/* "date, label", the columns a header must name, for messages. */
static char *wanted_list(const Reader *r)
{
	GString *g = g_string_new(NULL);
	gboolean any_required = FALSE;
	for (int w = 0; w < r->ncolumns; w++)
		any_required |= r->columns[w].required;
	for (int w = 0; w < r->ncolumns; w++) {
		if (any_required && !r->columns[w].required)
			continue;
		if (g->len)
			g_string_append(g, ", ");
		g_string_append(g, r->columns[w].name);
	}
	return g_string_free(g, FALSE);
}

/* The header as found, shortened so a hostile header keeps the message small. */
static char *header_list(const Reader *r)
{
	GString *g = g_string_new(NULL);
	guint n = r->names->len;
	for (guint i = 0; i < n && i < LIST_NAMES; i++) {
		const char *name = g_ptr_array_index(r->names, i);
		if (i)
			g_string_append(g, ", ");
		if (!*name) {
			g_string_append(g, "\"\"");
		} else if (g_utf8_strlen(name, -1) > 40) {
			const char *cut = g_utf8_offset_to_pointer(name, 40);
			g_string_append_len(g, name, cut - name);
			g_string_append(g, "...");
		} else {
			g_string_append(g, name);
		}
	}
	if (n > LIST_NAMES)
		g_string_append_printf(g, ", ... (%u names)", n);
	return g_string_free(g, FALSE);
}

/* Header rules: names match the wanted columns case-insensitively after
 * trimming; unknown and empty names are ignored (spreadsheets add unnamed
 * trailing columns); a wanted name twice is an error, as we could not tell
 * which to use, while repeated unknown names are harmless. */
static void take_header(Reader *r)
{
	r->nheader = (int)r->names->len;
	r->hmap = g_new(int, r->nheader);
	int *first = g_new(int, r->ncolumns > 0 ? r->ncolumns : 1);
	for (int i = 0; i < r->nheader && !r->failed; i++) {
		const char *name = g_ptr_array_index(r->names, i);
		r->hmap[i] = -1;
		for (int w = 0; w < r->ncolumns; w++) {
			if (g_ascii_strcasecmp(name, r->columns[w].name) != 0)
				continue;
			if (r->t->has[w]) {
				char *msg = g_strdup_printf(
					"column \"%s\" appears twice in the header (fields %d "
					"and %d): keep one of them", r->columns[w].name,
					first[w] + 1, i + 1);
				fail_at(r, pos_at(r, g_array_index(r->name_at, Cursor, i)), msg);
				g_free(msg);
				break;
			}
			r->t->has[w] = TRUE;
			r->t->field_of[w] = i;
			first[w] = i;
			r->hmap[i] = w;
		}
	}
	g_free(first);
	for (int w = 0; w < r->ncolumns && !r->failed; w++) {
		if (!r->columns[w].required || r->t->has[w])
			continue;
		char *found = header_list(r);
		char *need = wanted_list(r);
		char *msg = g_strdup_printf("no \"%s\" column: the header has %s; "
		                            "required: %s", r->columns[w].name, found, need);
		fail_at(r, pos_at(r, r->row_at), msg);
		g_free(msg);
		g_free(need);
		g_free(found);
	}
	r->have_header = TRUE;
}

static void on_record(int term, void *data)
{
	(void)term;   /* the lexer already stands on the line end */
	Reader *r = data;
	if (r->failed)
		return;
	r->row_begun = FALSE;
	if (!r->have_header) {
		if (r->nonempty) {
			take_header(r);
			r->header_end_line = r->cur.line;   /* the line the header ends on */
		} else {
			/* A blank record before the header: forget it. */
			g_ptr_array_set_size(r->names, 0);
			g_array_set_size(r->name_at, 0);
		}
	} else if (r->nonempty) {
		if (r->nfields != r->nheader) {
			gboolean many = r->nfields > r->nheader;
			char *msg = g_strdup_printf(
				"%d field%s, but the header has %d: %s%s", r->nfields,
				r->nfields == 1 ? "" : "s", r->nheader,
				many ? "quote fields that contain "
				     : "add the missing fields (they may be empty), and "
				       "quote fields that contain line breaks",
				many ? dialect_separator_name(r->sep) : "");
			fail_at(r, pos_at(r, many ? r->extra_at : r->row_at), msg);
			g_free(msg);
			return;
		}
		if (r->t->rows->len == LIMIT_ROWS) {
			char *msg = g_strdup_printf("more than %d data rows: a chart reads at "
			                            "most %d; split the file", LIMIT_ROWS,
			                            LIMIT_ROWS);
			fail_at(r, pos_at(r, r->row_at), msg);
			g_free(msg);
			return;
		}
		for (int w = 0; w < r->ncolumns; w++) {
			if (!r->t->has[w])
				r->scratch[w] = (TableCell){ NULL, 0, 0, FALSE };
		}
		g_array_append_vals(r->t->cells, r->scratch, (guint)r->ncolumns);
		RowStart rs = { r->row_at.line, (guint32)r->row_at.line_start };
		g_array_append_val(r->t->rows, rs);
	}
	r->nfields = 0;
	r->nonempty = FALSE;
}

const char *table_name(const char *path)
{
	return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

/* Around a tab-separated field only spaces are blank. */
static int is_space_only(unsigned char c)
{
	return c == ' ';
}

static void parse(Reader *r)
{
	struct csv_parser p;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
		diag_fail(r->err, DIAG_IO, "%s: cannot start the CSV parser", r->path);
		r->failed = TRUE;
		return;
	}
	/* GLib's allocator, so out of memory aborts like everywhere else, and
	 * big steps so a huge field does not grow the buffer 128 bytes at a time. */
	csv_set_realloc_func(&p, g_realloc);
	csv_set_free_func(&p, g_free);
	csv_set_blk_size(&p, 64 * 1024);
	csv_set_delim(&p, (unsigned char)r->sep);
	if (r->sep == '\t')
		csv_set_space_func(&p, is_space_only);

	/* One call: libcsv walks the text once, and the lexer in on_field
	 * follows it without counting columns. */
	size_t got = csv_parse(&p, r->buf, r->len, on_field, on_record, r);
	if (!r->failed && got != r->len) {
		int e = csv_error(&p);
		Cursor s = failing_field(r);
		Pos at = pos_from(r->buf, s, got);
		if (e != CSV_EPARSE)
			fail_at(r, at, csv_strerror(e));
		else if (s.off < got && r->buf[s.off] == '"')
			fail_at(r, at, "unexpected character after a quoted field: "
			        "a quoted field ends at its closing quote; write \"\" "
			        "for a quote inside it");
		else
			fail_at(r, at, "a quote inside an unquoted field: quote the "
			        "whole field and double the quote (\"\")");
	}
	if (!r->failed) {
		if (csv_fini(&p, on_field, on_record, r) != 0 && !r->failed)
			fail_at(r, pos_at(r, failing_field(r)), "quoted field never "
			        "closed: add its closing quote (write \"\" for a quote "
			        "inside a quoted field)");
	}
	csv_free(&p);
}

static void finish_checks(Reader *r)
{
	if (r->failed)
		return;
	if (!r->have_header) {
		char *need = wanted_list(r);
		gboolean blank = TRUE;
		for (gsize i = 0; i < r->len && blank; i++)
			blank = g_ascii_isspace(r->buf[i]);
		diag_at(r->err, r->path, 1, 1, "%s: expected a header row naming "
		        "the columns %s", blank ? "the file is empty"
		        : "the file has only empty rows", need);
		g_free(need);
		r->failed = TRUE;
	} else if (r->t->rows->len == 0) {
		diag_at(r->err, r->path, r->header_end_line + 1, 1,
		        "no data rows after the header");
		r->failed = TRUE;
	}
}

/* A file read with another separator than the comma is said once on stderr,
 * at the header's first separator, so a file that is not what it seems
 * (prose with semicolons in a one-column file) does not pass silently. */
static void say_separator(const Table *t, gsize at)
{
	Pos p = pos_from(t->buf, (Cursor){0, 1, 0}, at);
	fprintf(stderr, "%s:%d:%d: note: the header separates its fields with %s; "
	        "the file is read that way\n", t->path, p.line, p.col,
	        dialect_separator_name(t->sep));
}

Table *table_read(const char *path, const TableColumn *columns, int ncolumns,
                  GError **err)
{
	g_return_val_if_fail(path != NULL && ncolumns >= 0, NULL);
	char *whole = NULL;
	gsize wlen = 0;
	if (!textfile_read(path, table_name(path), &whole, &wlen, err))
		return NULL;

	path = table_name(path);
	Table *t = g_new0(Table, 1);
	t->path = g_strdup(path);
	t->whole = whole;
	t->text = g_string_chunk_new(64 * 1024);
	t->ncolumns = ncolumns;
	t->has = g_new0(gboolean, ncolumns > 0 ? ncolumns : 1);
	t->field_of = g_new(int, ncolumns > 0 ? ncolumns : 1);
	for (int w = 0; w < ncolumns; w++)
		t->field_of[w] = -1;
	t->cells = g_array_new(FALSE, FALSE, sizeof(TableCell));
	t->rows = g_array_new(FALSE, FALSE, sizeof(RowStart));

	GError *local = NULL;
	Reader r = {
		.path = path, .buf = whole, .len = wlen,
		.columns = columns, .ncolumns = ncolumns, .t = t, .err = &local,
		.cur = { 0, 1, 0 },
		.scratch = g_new0(TableCell, ncolumns > 0 ? ncolumns : 1),
		.names = g_ptr_array_new(),
		.name_at = g_array_new(FALSE, FALSE, sizeof(Cursor)),
		.tmp = g_string_new(NULL),
	};
	if (wlen >= 3 && memcmp(whole, "\xEF\xBB\xBF", 3) == 0) {
		r.buf += 3;
		r.len -= 3;
	}
	t->buf = r.buf;
	t->len = r.len;
	gsize sep_at = 0;
	if (textfile_check(path, whole, wlen, r.buf, r.len, r.err)) {
		r.sep = t->sep = dialect_separator(r.buf, r.len, &sep_at);
		parse(&r);
		finish_checks(&r);
	} else {
		r.failed = TRUE;
	}

	g_free(r.scratch);
	g_free(r.hmap);
	g_ptr_array_free(r.names, TRUE);
	g_array_free(r.name_at, TRUE);
	g_string_free(r.tmp, TRUE);
	if (r.failed) {
		if (!local)   /* every failure sets a message; keep that promise */
			diag_at(&local, path, 0, 0, "cannot read the CSV file");
		g_propagate_error(err, local);
		table_free(t);
		return NULL;
	}
	if (t->sep != ',')
		say_separator(t, sep_at);
	return t;
}

void table_free(Table *t)
{
	if (!t)
		return;
	g_free(t->path);
	g_free(t->whole);
	g_string_chunk_free(t->text);
	g_free(t->has);
	g_free(t->field_of);
	g_array_free(t->cells, TRUE);
	g_array_free(t->rows, TRUE);
	g_free(t);
}

const char *table_path(const Table *t)
{
	return t->path;
}

int table_rows(const Table *t)
{
	return (int)t->rows->len;
}

static TableCell *cell_at(const Table *t, int row, int column)
{
	return &g_array_index(t->cells, TableCell,
	                      (gsize)row * (gsize)t->ncolumns + (gsize)column);
}

/* Where field `field` of a row starts (-1: the row's first field), its
 * opening quote if it has one, found by lexing the row again from the start
 * of its first line. */
static Cursor field_at(const Table *t, int row, int field)
{
	const RowStart *rs = &g_array_index(t->rows, RowStart, row);
	Cursor c = { rs->line_start, rs->line, rs->line_start };
	Cursor at = lex_field(t->buf, t->len, t->sep, &c, FALSE);
	for (int k = 1; k <= field && c.off < t->len && t->buf[c.off] == t->sep; k++) {
		c.off++;
		at = lex_field(t->buf, t->len, t->sep, &c, TRUE);
	}
	return at;
}

/* Where a field starts, its opening quote if it has one (*quoted says so). */
static Pos field_pos(const Table *t, int row, int field, gboolean *quoted)
{
	Cursor at = field_at(t, row, field);
	*quoted = at.off < t->len && t->buf[at.off] == '"';
	return pos_from(t->buf, at, at.off);
}

void table_locate(const Table *t, int row, int column, gsize offset, int *line,
                  int *col)
{
	g_return_if_fail(row >= 0 && row < table_rows(t));
	g_return_if_fail(column >= 0 && column < t->ncolumns);
	Cursor c = field_at(t, row, t->field_of[column]);
	gboolean quoted = t->buf[c.off] == '"';
	c = text_start(t->buf, c);
	/* Walk the file and the text together: in the text a doubled quote is
	 * one, and a CRLF or lone CR one "\n" (see keep). */
	for (gsize k = 0; k < offset && c.off < t->len; k++) {
		char ch = t->buf[c.off];
		if (quoted && ch == '"' && t->buf[c.off + 1] == '"')
			c.off++;
		else if (ch == '\r' && t->buf[c.off + 1] == '\n')
			step(t->buf, &c);
		step(t->buf, &c);
	}
	Pos p = pos_from(t->buf, c, c.off);
	*line = p.line;
	*col = p.col;
}

const TableCell *table_cell(const Table *t, int row, int column)
{
	g_return_val_if_fail(row >= 0 && row < table_rows(t), NULL);
	g_return_val_if_fail(column >= 0 && column < t->ncolumns, NULL);
	TableCell *c = cell_at(t, row, column);
	if (c->line == 0) {   /* worked out once, on the first question */
		Pos p = field_pos(t, row, t->field_of[column], &c->quoted);
		c->line = p.line;
		c->col = p.col;
	}
	return c;
}

const char *table_field(const Table *t, int row, int column)
{
	g_return_val_if_fail(row >= 0 && row < table_rows(t), NULL);
	g_return_val_if_fail(column >= 0 && column < t->ncolumns, NULL);
	return cell_at(t, row, column)->text;
}

int table_row_line(const Table *t, int row)
{
	g_return_val_if_fail(row >= 0 && row < table_rows(t), 0);
	return g_array_index(t->rows, RowStart, row).line;
}

gboolean table_has(const Table *t, int column)
{
	g_return_val_if_fail(column >= 0 && column < t->ncolumns, FALSE);
	return t->has[column];
}

char *table_text(const Table *t, int row, int col)
{
	const char *s = table_field(t, row, col);
	if (!s)
		return NULL;
	/* The white space g_strstrip removes, without copying twice. */
	while (g_ascii_isspace(*s))
		s++;
	size_t n = strlen(s);
	while (n > 0 && g_ascii_isspace(s[n - 1]))
		n--;
	return n ? g_strndup(s, n) : NULL;
}

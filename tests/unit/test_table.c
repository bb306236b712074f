/* Unit tests of the CSV reader: field text, exact line:col of fields and of
 * every error, line ends, blank rows and a large file. */
#include "units.h"
#include "diag.h"
#include "limit.h"
#include "table.h"

#include <glib/gstdio.h>
#include <string.h>

enum { C_DATE, C_END, C_LABEL, C_DETAIL, NCOLS };

static const TableColumn cols[NCOLS] = {
	[C_DATE] = { "date", TRUE },
	[C_END] = { "end", FALSE },
	[C_LABEL] = { "label", TRUE },
	[C_DETAIL] = { "detail", FALSE },
};

static char *tmpdir;
static char *path;

static int setup(void **state)
{
	(void)state;
	tmpdir = g_dir_make_tmp("test_table_XXXXXX", NULL);
	path = g_build_filename(tmpdir, "in.csv", NULL);
	return tmpdir ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	g_unlink(path);
	g_rmdir(tmpdir);
	g_free(path);
	g_free(tmpdir);
	return 0;
}

static void put(const char *bytes, gssize len)
{
	if (len < 0)
		len = (gssize)strlen(bytes);
	assert_true(g_file_set_contents(path, bytes, len, NULL));
}

/* Reads bytes (len < 0: a C string) that must parse. */
static Table *good_len(const char *bytes, gssize len)
{
	put(bytes, len);
	GError *err = NULL;
	Table *t = table_read(path, cols, NCOLS, &err);
	if (!t)
		fail_msg("unexpected error: %s", err->message);
	assert_null(err);
	return t;
}

static Table *good(const char *text)
{
	return good_len(text, -1);
}

/* Reads the file put last, which must fail with exactly "path:" + want. */
static void bad_file(const char *want)
{
	GError *err = NULL;
	Table *t = table_read(path, cols, NCOLS, &err);
	assert_null(t);
	assert_non_null(err);
	assert_true(g_error_matches(err, DIAG_ERROR, DIAG_DATA));
	char *full = g_strdup_printf("%s:%s", path, want);
	if (strcmp(err->message, full) != 0)
		fail_msg("got  \"%s\"\nwant \"%s\"", err->message, full);
	g_free(full);
	g_error_free(err);
}

/* Reads bytes that must fail with exactly "path:" + want. */
static void bad_len(const char *bytes, gssize len, const char *want)
{
	put(bytes, len);
	bad_file(want);
}

static void bad(const char *text, const char *want)
{
	bad_len(text, -1, want);
}

static void cell_is(const Table *t, int row, int col, const char *text,
                    int line, int c)
{
	const TableCell *x = table_cell(t, row, col);
	assert_non_null(x);
	if (text)
		assert_string_equal(x->text, text);
	else
		assert_null(x->text);
	assert_int_equal(x->line, line);
	assert_int_equal(x->col, c);
}

static void header_and_fields(void **state)
{
	(void)state;
	/* Case and surrounding spaces do not matter; unknown columns are ignored. */
	Table *t = good(" Date ,Extra,LABEL\n2019-01-02,zz,First\n  1465 , y ,  Second  \n");
	assert_string_equal(table_path(t), path);
	assert_int_equal(table_rows(t), 2);
	assert_true(table_has(t, C_DATE));
	assert_true(table_has(t, C_LABEL));
	assert_false(table_has(t, C_END));
	assert_false(table_has(t, C_DETAIL));
	cell_is(t, 0, C_DATE, "2019-01-02", 2, 1);
	cell_is(t, 0, C_LABEL, "First", 2, 15);
	/* A column missing from the file: NULL text at the row's position. */
	cell_is(t, 0, C_END, NULL, 2, 1);
	/* Unquoted fields are trimmed and point at their first character. */
	cell_is(t, 1, C_DATE, "1465", 3, 3);
	cell_is(t, 1, C_LABEL, "Second", 3, 15);
	cell_is(t, 1, C_DETAIL, NULL, 3, 3);
	assert_int_equal(table_row_line(t, 0), 2);
	assert_int_equal(table_row_line(t, 1), 3);
	table_free(t);

	/* Empty fields are "", columns count characters, not bytes, and an
	 * unnamed header column is ignored. */
	t = good("label,,date,end\nÉté,x,2019,\n");
	assert_int_equal(table_rows(t), 1);
	cell_is(t, 0, C_LABEL, "Été", 2, 1);
	cell_is(t, 0, C_DATE, "2019", 2, 7);
	cell_is(t, 0, C_END, "", 2, 12);
	table_free(t);
}

static void quoting(void **state)
{
	(void)state;
	Table *t = good("date,label,detail\n"
	                "2019,\"a, b\",\"say \"\"hi\"\"\"\n"
	                "2020,\"two\nlines\",  \" kept \"  \n"
	                "2021,after,\"\"\n");
	assert_int_equal(table_rows(t), 3);
	cell_is(t, 0, C_LABEL, "a, b", 2, 6);
	cell_is(t, 0, C_DETAIL, "say \"hi\"", 2, 13);
	/* the column is the opening quote's, and says so */
	assert_true(table_cell(t, 0, C_LABEL)->quoted);
	assert_false(table_cell(t, 0, C_DATE)->quoted);
	/* A quoted line break: the field keeps its starting line... */
	cell_is(t, 1, C_LABEL, "two\nlines", 3, 6);
	/* ...spaces inside quotes stay, the field starts at its quote... */
	cell_is(t, 1, C_DETAIL, " kept ", 4, 10);
	/* ...and the next record is on the right line. */
	cell_is(t, 2, C_DATE, "2021", 5, 1);
	cell_is(t, 2, C_LABEL, "after", 5, 6);
	cell_is(t, 2, C_DETAIL, "", 5, 12);
	assert_int_equal(table_row_line(t, 2), 5);
	table_free(t);

	/* Quoted CRLF and CR line breaks become "\n". */
	t = good("date,label\r\n2019,\"a\r\nb\rc\"\r\n2020,d\r\n");
	cell_is(t, 0, C_LABEL, "a\nb\nc", 2, 6);
	cell_is(t, 1, C_DATE, "2020", 5, 1);
	table_free(t);

	/* Positions are worked out when first asked, in any order: after a
	 * quoted line break in the same row, for a field of spaces (the byte
	 * after its comma) and for a field starting with spaces and a quote. */
	t = good("date,label,detail\r\n\"2019\r\n\",  ,  \"é\"\"\"  \r\n"
	         "2020,x,y\r\n");
	cell_is(t, 0, C_DETAIL, "é\"", 3, 8);
	cell_is(t, 0, C_LABEL, "", 3, 3);
	cell_is(t, 0, C_DATE, "2019\n", 2, 1);
	cell_is(t, 0, C_DETAIL, "é\"", 3, 8);
	cell_is(t, 1, C_DETAIL, "y", 4, 8);
	assert_string_equal(table_field(t, 1, C_LABEL), "x");
	assert_null(table_field(t, 1, C_END));
	cell_is(t, 1, C_END, NULL, 4, 1);
	table_free(t);
}

/* table_locate: the file position of a byte of a cell's text, counting a
 * doubled quote and a CRLF of the file as the one byte they are in the text. */
static void locate_in_text(void **state)
{
	(void)state;
	Table *t = good("date,label\r\n2019,\"a\"\"b\r\n  c\"\r\n2020,  plain\r\n");
	int line = 0, col = 0;
	const char *text = table_field(t, 0, C_LABEL);
	assert_string_equal(text, "a\"b\n  c");
	table_locate(t, 0, C_LABEL, 0, &line, &col);   /* a */
	assert_int_equal(line, 2), assert_int_equal(col, 7);
	table_locate(t, 0, C_LABEL, 2, &line, &col);   /* b, after "" */
	assert_int_equal(line, 2), assert_int_equal(col, 10);
	table_locate(t, 0, C_LABEL, 6, &line, &col);   /* c, after CRLF */
	assert_int_equal(line, 3), assert_int_equal(col, 3);
	table_locate(t, 1, C_LABEL, 1, &line, &col);   /* l of plain */
	assert_int_equal(line, 4), assert_int_equal(col, 9);
	table_free(t);
}

static void bom_crlf_cr(void **state)
{
	(void)state;
	/* The BOM is skipped and does not count as a column. */
	Table *t = good("\xEF\xBB\xBF" "date,label\r\n2019,x\r\n\r\n2020,y");
	assert_int_equal(table_rows(t), 2);
	assert_true(table_has(t, C_DATE));
	cell_is(t, 0, C_DATE, "2019", 2, 1);
	cell_is(t, 0, C_LABEL, "x", 2, 6);
	cell_is(t, 1, C_LABEL, "y", 4, 6);
	table_free(t);

	/* Old Mac line ends: every CR is a new line. */
	t = good("date,label\r2019,x\r\r2020,\"y\rz\"\r2021,w\r");
	assert_int_equal(table_rows(t), 3);
	cell_is(t, 0, C_DATE, "2019", 2, 1);
	cell_is(t, 1, C_DATE, "2020", 4, 1);
	cell_is(t, 1, C_LABEL, "y\nz", 4, 6);
	cell_is(t, 2, C_LABEL, "w", 6, 6);
	table_free(t);
}

static void blank_rows(void **state)
{
	(void)state;
	/* Empty lines, lines of spaces, rows of empty fields (spreadsheets) and
	 * blank rows before the header are all skipped. */
	Table *t = good("\n,,\ndate,label,end\n\n   \n,,\n\"\",,\n2019,x,\n , ,\n2020,y,\n\n");
	assert_int_equal(table_rows(t), 2);
	cell_is(t, 0, C_DATE, "2019", 8, 1);
	cell_is(t, 1, C_DATE, "2020", 10, 1);
	assert_int_equal(table_row_line(t, 1), 10);
	table_free(t);

	/* A blank row may have any number of fields. */
	t = good("date,label\n,,,,\n2019,x\n");
	assert_int_equal(table_rows(t), 1);
	table_free(t);
}

static void empty_and_header_only(void **state)
{
	(void)state;
	bad("", "1:1: the file is empty: expected a header row naming the "
	    "columns date, label");
	bad("\xEF\xBB\xBF", "1:1: the file is empty: expected a header row "
	    "naming the columns date, label");
	bad("\n  \r\n\n", "1:1: the file is empty: expected a header row "
	    "naming the columns date, label");
	bad(",,\n,\n", "1:1: the file has only empty rows: expected a header "
	    "row naming the columns date, label");
	bad("date,label\n", "2:1: no data rows after the header");
	bad("date,label", "2:1: no data rows after the header");
	bad("\n\ndate,label\r\n\r\n,\r\n", "4:1: no data rows after the header");
	bad("date,label,\"de\ntail\"\n", "3:1: no data rows after the header");
}

static void quote_errors(void **state)
{
	(void)state;
	/* Unterminated: at the opening quote, however far the file goes on. */
	bad("date,label\n2019,x\n2020,\"never\n2021,y\n2022,z\n",
	    "3:6: quoted field never closed: add its closing quote (write \"\" for "
	    "a quote inside a quoted field)");
	bad("date,label\n2019,x\n  \"2020,y",
	    "3:3: quoted field never closed: add its closing quote (write \"\" for "
	    "a quote inside a quoted field)");
	/* A quote inside an unquoted field: at that quote. */
	bad("date,label\n2019,x\n2020,5\" disk\n",
	    "3:7: a quote inside an unquoted field: quote the whole field and "
	    "double the quote (\"\")");
	/* Text after a closing quote: at the first character after it. */
	bad("date,label\n2019,\"say \"hi\" now\"\n",
	    "2:12: unexpected character after a quoted field: a quoted field "
	    "ends at its closing quote; write \"\" for a quote inside it");
	bad("date,label\n2019,\"a\"  \"b\"\n",
	    "2:11: unexpected character after a quoted field: a quoted field "
	    "ends at its closing quote; write \"\" for a quote inside it");
	/* Columns count characters: é is one. */
	bad("date,label\n2019,\"été\"x\n",
	    "2:11: unexpected character after a quoted field: a quoted field "
	    "ends at its closing quote; write \"\" for a quote inside it");
	/* After a quoted line break, lines still count. */
	bad("date,label\n2019,\"a\nb\"\n2020,c\"d\n",
	    "4:7: a quote inside an unquoted field: quote the whole field and "
	    "double the quote (\"\")");
}

static void encoding_errors(void **state)
{
	(void)state;
	bad_len("date,label\n2019,ab\0c\n", 21,
	        "2:8: NUL byte: the file must be UTF-8 text");
	bad_len("\xEF\xBB\xBF" "date,label\n\0", 15,
	        "2:1: NUL byte: the file must be UTF-8 text");
	bad("date,label\n2019,\xC3\xA9t\xE9\n",
	    "2:8: invalid UTF-8 (byte 0xE9): save the file as UTF-8");
	bad("date,label\r2019,x\r2020,\xFF\r",
	    "3:6: invalid UTF-8 (byte 0xFF): save the file as UTF-8");
	/* A truncated sequence is reported at its first byte. */
	bad("date,label\n2019,ab\xE2\x82",
	    "2:8: invalid UTF-8 (byte 0xE2): save the file as UTF-8");
	bad_len("\xFF\xFE" "d\0a\0", 6, "1:1: the file is UTF-16 (it starts with "
	        "a UTF-16 byte order mark): save it as UTF-8");
}

static void header_errors(void **state)
{
	(void)state;
	bad("date,title,group\n2019,x,y\n", "1:1: no \"label\" column: the "
	    "header has date, title, group; required: date, label");
	bad("\n  when,label\n2019,x\n", "2:3: no \"date\" column: the header "
	    "has when, label; required: date, label");
	/* read with semicolons, the names are found apart */
	bad("date;title\n2019;x\n", "1:1: no \"label\" column: the header has "
	    "date, title; required: date, label");
	/* Unknown names may repeat and empty names are ignored. */
	Table *t = good("note,date,,note,label,\nx,2019-05,y,z,c,\n");
	assert_int_equal(table_rows(t), 1);
	cell_is(t, 0, C_DATE, "2019-05", 2, 3);
	cell_is(t, 0, C_LABEL, "c", 2, 15);
	table_free(t);
	bad("date,label,detail,DATE\n1,2,3,4\n", "1:19: column \"date\" "
	    "appears twice in the header (fields 1 and 4): keep one of them");
	/* A long header is shortened in the message. */
	GString *g = g_string_new("date");
	for (int i = 0; i < 20; i++)
		g_string_append_printf(g, ",c%d", i);
	g_string_append(g, "\n2019");
	for (int i = 0; i < 20; i++)
		g_string_append(g, ",x");
	g_string_append_c(g, '\n');
	bad(g->str, "1:1: no \"label\" column: the header has date, c0, c1, c2, "
	    "c3, c4, c5, c6, c7, c8, c9, c10, ... (21 names); required: date, "
	    "label");
	g_string_free(g, TRUE);
}

static void field_count_errors(void **state)
{
	(void)state;
	bad("date,label,detail,end\n2019,a,b,c\n2020,a,b,c,d,e\n",
	    "3:12: 6 fields, but the header has 4: quote fields that contain "
	    "commas");
	bad("date,label,detail,end\n2019,a,b,c\n\n  2020,a\n",
	    "4:3: 2 fields, but the header has 4: add the missing fields (they "
	    "may be empty), and quote fields that contain line breaks");
	bad("date,label\n2019\n",
	    "2:1: 1 field, but the header has 2: add the missing fields (they "
	    "may be empty), and quote fields that contain line breaks");
}

static void io_errors(void **state)
{
	(void)state;
	GError *err = NULL;
	char *missing = g_build_filename(tmpdir, "nope.csv", NULL);
	assert_null(table_read(missing, cols, NCOLS, &err));
	assert_true(g_error_matches(err, DIAG_ERROR, DIAG_IO));
	char *want = g_strdup_printf("%s: cannot read: No such file or "
	                             "directory: check the path", missing);
	assert_string_equal(err->message, want);
	g_clear_error(&err);
	g_free(want);
	g_free(missing);

	assert_null(table_read(tmpdir, cols, NCOLS, &err));
	assert_true(g_error_matches(err, DIAG_ERROR, DIAG_IO));
	assert_non_null(strstr(err->message, ": cannot read: "));
	g_clear_error(&err);
}

/* A file at the limits of rows and bytes (limit.h): every position right at
 * the end; one row more is refused at that row, before it is kept. */
static void large_file(void **state)
{
	(void)state;
	enum { ROWS = LIMIT_ROWS };
	GString *g = g_string_new("date,end,label,detail,group,source,priority\n");
	for (int i = 0; i < ROWS; i++)
		g_string_append_printf(g, "%04d,,\"E%d\",detail of row %06d,,,%d\n",
		                       1000 + i % 9000, i, i, i % 3);
	assert_true(g->len > LIMIT_INPUT_BYTES * 9 / 10 && g->len <= LIMIT_INPUT_BYTES);
	put(g->str, (gssize)g->len);

	GError *err = NULL;
	Table *t = table_read(path, cols, NCOLS, &err);
	assert_non_null(t);
	assert_int_equal(table_rows(t), ROWS);
	cell_is(t, 0, C_DATE, "1000", 2, 1);
	cell_is(t, ROWS - 1, C_LABEL, "E99999", ROWS + 1, 7);
	cell_is(t, 12345, C_DATE, "4345", 12347, 1);
	cell_is(t, 12345, C_END, "", 12347, 6);
	assert_int_equal(table_row_line(t, ROWS - 1), ROWS + 1);
	table_free(t);

	g_string_append(g, "2020,,one more,,,,0\n");
	put(g->str, (gssize)g->len);
	g_string_free(g, TRUE);
	char *want = g_strdup_printf("%d:1: more than %d data rows: a chart reads at "
	                             "most %d; split the file", ROWS + 2, ROWS, ROWS);
	bad_file(want);
	g_free(want);
	/* Its speed is measured by bench/, not asserted: timed tests fail on a
	 * loaded machine. */
}

/* Semicolons or tabs separate the fields when the header has them outside
 * quotes and no comma; cells keep their positions. */
static void separators(void **state)
{
	(void)state;
	Table *t = good("date;label;detail\n2019; a, b ;\"x;y\"\n");
	cell_is(t, 0, C_DATE, "2019", 2, 1);
	cell_is(t, 0, C_LABEL, "a, b", 2, 7);
	cell_is(t, 0, C_DETAIL, "x;y", 2, 13);
	table_free(t);
	/* a comma in the header wins; quoted semicolons do not count */
	t = good("date,\"label;x\",label\n2019,a,b;c\n");
	cell_is(t, 0, C_LABEL, "b;c", 2, 8);
	table_free(t);
	t = good("\n\"date;x\";label;date\n1;2;3\n");
	cell_is(t, 0, C_DATE, "3", 3, 5);
	table_free(t);
	/* tabs: spaces around a field are blank, tabs are not */
	t = good("date\tlabel\tdetail\n 2019 \t  a b \t\"t\tab\"\n");
	cell_is(t, 0, C_DATE, "2019", 2, 2);
	cell_is(t, 0, C_LABEL, "a b", 2, 10);
	cell_is(t, 0, C_DETAIL, "t\tab", 2, 15);
	table_free(t);
	/* as many semicolons as tabs: semicolons */
	t = good("date;label;x\ty\tz\n2019;a\tb;c\n");
	cell_is(t, 0, C_LABEL, "a\tb", 2, 6);
	table_free(t);
	bad("date\tlabel\n2019\ta\tb\n", "2:8: 3 fields, but the header has 2: "
	    "quote fields that contain tabs");
}

static int run_table_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(header_and_fields),
		cmocka_unit_test(quoting),
		cmocka_unit_test(locate_in_text),
		cmocka_unit_test(bom_crlf_cr),
		cmocka_unit_test(blank_rows),
		cmocka_unit_test(empty_and_header_only),
		cmocka_unit_test(quote_errors),
		cmocka_unit_test(encoding_errors),
		cmocka_unit_test(header_errors),
		cmocka_unit_test(separators),
		cmocka_unit_test(field_count_errors),
		cmocka_unit_test(io_errors),
		cmocka_unit_test(large_file),
	};
	return cmocka_run_group_tests_name("table", tests, setup, teardown);
}

UNIT_GROUP(run_table_tests)

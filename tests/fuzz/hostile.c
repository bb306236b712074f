/* hostile: a seeded property test, run by make check. It writes hostile CSV
 * inputs of the kinds that found bugs (control characters, BOMs, quotes and
 * line ends in odd places, NaN and huge numbers, long fields, many columns,
 * invalid UTF-8, NUL bytes, random byte flips), runs each through the three
 * fuzz targets (every promise of fuzz.h), and checks that a control character
 * put at a known line and column is reported exactly there. Same seed, same
 * inputs: a failure names its round, and HOSTILE_ROUNDS=N runs more. */
#include "fuzz.h"
#include "table.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SEED 20240612
#define ROUNDS 1000

static const char *const timeline_rows[] = {
	"date,end,label,detail,group,source,priority",
	"2019-10-16,,Party announced,,Party,Wikipedia,3",
	"2019-12,2020-02,\"Initiative group, registered\",,Party,RFE/RL,2",
	"1465~,,\"Khanate \"\"founded\"\"\",\"two\nlines\",History,,1",
	"2020-02-21,,Leader detained,Jailed,Arrests,RFE/RL,0",
};
static const char *const seats_rows[] = {
	"party,short,seats,color,kind,election,bench",
	"Nur Otan,NO,84,#1f78b4,party,2016,government",
	"\"Aq Zhol, the party\",AZ,7,,party,2016,opposition",
	"Assembly,APK,9,#707070,appointed,2016,cross",
	"Nur Otan,NO,76,,party,2021,government",
	"Vacant,,2,,vacant,2021,",
};

/* Pieces that broke promises before: each is dropped somewhere. */
static const char *const pieces[] = {
	"\x1b[2J", "\x07", "\v", "\f", "\xc2\x9b", "\xef\xbb\xbf", "\"", "\"\"", "\r", "\r\n",
	"\n", ",", ";", "\t", "nan", "inf", "-1", "99999999999999999999", "1e999", "0x10",
	"\xe2\x80\xae", "\xf0\x9f\x8e\x89", "\xff", "\xc3", "2019-02-30", "0000", "~?~",
	"\xe4\xb8\xad", "", " ", "10000", "10001",
};

static void add_long(GString *g, GRand *r)
{
	int n = g_rand_int_range(r, 1, 2100);
	for (int i = 0; i < n; i++)
		g_string_append_c(g, (char)('a' + g_rand_int_range(r, 0, 26)));
}

/* A file of the given rows, shuffled a little and hit by a few pieces,
 * long runs, extra columns or flipped bytes. */
static GString *hostile(GRand *r, const char *const *rows, int nrows)
{
	GString *g = g_string_new(NULL);
	if (g_rand_int_range(r, 0, 8) == 0)
		g_string_append(g, "\xef\xbb\xbf");
	int lines = g_rand_int_range(r, 1, 12);
	for (int i = 0; i < lines; i++) {
		g_string_append(g, rows[i == 0 ? 0 : g_rand_int_range(r, 1, nrows)]);
		if (g_rand_int_range(r, 0, 10) == 0)
			for (int k = g_rand_int_range(r, 1, 40); k > 0; k--)
				g_string_append(g, ",x");
		g_string_append(g, g_rand_int_range(r, 0, 6) ? "\n" : "\r\n");
	}
	for (int hits = g_rand_int_range(r, 0, 4); hits > 0; hits--) {
		gsize at = g->len ? (gsize)g_rand_int_range(r, 0, (gint32)g->len) : 0;
		GString *piece = g_string_new(NULL);
		if (g_rand_int_range(r, 0, 6) == 0)
			add_long(piece, r);
		else
			g_string_append(piece, pieces[g_rand_int_range(r, 0, G_N_ELEMENTS(pieces))]);
		g_string_insert_len(g, (gssize)at, piece->str, (gssize)piece->len);
		g_string_free(piece, TRUE);
	}
	if (g->len && g_rand_int_range(r, 0, 5) == 0)   /* one random byte */
		g->str[g_rand_int_range(r, 0, (gint32)g->len)] = (char)g_rand_int_range(r, 1, 256);
	return g;
}

/* A clean file with one control character at a line and column known in
 * advance: the reader must report exactly there. */
static void control_at_known_place(GRand *r, int round)
{
	static const TableColumn cols[] = {{"date", TRUE}, {"label", TRUE}};
	GString *g = g_string_new("date,label\n");
	int rows = g_rand_int_range(r, 1, 20), line = g_rand_int_range(r, 2, rows + 2), col = 0;
	unsigned bad = (unsigned)g_rand_int_range(r, 1, 0x20);
	if (bad == '\t' || bad == '\n' || bad == '\r')
		bad = 0x1b;
	for (int i = 2; i < rows + 2; i++) {
		g_string_append(g, "2019,");
		const char *label = "Éléction café";   /* columns count characters */
		int before = g_rand_int_range(r, 0, 13);
		const char *cut = g_utf8_offset_to_pointer(label, before);
		g_string_append_len(g, label, cut - label);
		if (i == line) {
			g_string_append_c(g, (char)bad);
			col = 6 + before;
		}
		g_string_append(g, cut);
		g_string_append_c(g, '\n');
	}
	const char *path = fuzz_file((const uint8_t *)g->str, g->len);
	GError *err = NULL;
	Table *t = table_read(path, cols, 2, &err);
	char *want = g_strdup_printf("%s:%d:%d: control character U+%04X", path, line, col, bad);
	if (t || !g_str_has_prefix(err->message, want)) {
		fprintf(stderr, "hostile: round %d: expected \"%s...\", got %s\n", round, want,
		        t ? "no error" : err->message);
		abort();
	}
	g_free(want);
	g_clear_error(&err);
	g_string_free(g, TRUE);
}

int main(void)
{
	const char *env = g_getenv("HOSTILE_ROUNDS");
	int rounds = env ? atoi(env) : ROUNDS;
	GRand *r = g_rand_new_with_seed(SEED);
	for (int round = 0; round < rounds; round++) {
		GString *tl = hostile(r, timeline_rows, G_N_ELEMENTS(timeline_rows));
		GString *st = hostile(r, seats_rows, G_N_ELEMENTS(seats_rows));
		unsigned char opt = (unsigned char)g_rand_int_range(r, 0x80, 0x100);
		if (opt == 0xEF)
			opt = 0x80;
		fuzz_csv_one((const uint8_t *)tl->str, tl->len);
		fuzz_timeline_one((const uint8_t *)tl->str, tl->len);
		g_string_prepend_c(tl, (char)opt);   /* the same with options */
		fuzz_timeline_one((const uint8_t *)tl->str, tl->len);
		fuzz_seats_one((const uint8_t *)st->str, st->len);
		g_string_prepend_c(st, (char)opt);
		fuzz_seats_one((const uint8_t *)st->str, st->len);
		control_at_known_place(r, round);
		g_string_free(tl, TRUE);
		g_string_free(st, TRUE);
	}
	g_rand_free(r);
	printf("hostile: %d rounds (seed %d), every promise kept\n", rounds, SEED);
	return 0;
}

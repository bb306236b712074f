/* seats: loads and checks parliament compositions; see seats.h. Every data
 * error names the cell, so a report writer can fix the CSV. */
#include "seats.h"
#include "diag.h"
#include "limit.h"
#include "seatcolor.h"
#include "seatseries.h"
#include "table.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { COL_PARTY, COL_SEATS, COL_COLOR, COL_SHORT, COL_KIND, COL_ELECTION,
       COL_BENCH, COL_PREVIOUS, NCOLS };

static const TableColumn columns[NCOLS] = {
	[COL_PARTY] = {"party", TRUE},      [COL_SEATS] = {"seats", TRUE},
	[COL_COLOR] = {"color", FALSE},     [COL_SHORT] = {"short", FALSE},
	[COL_KIND] = {"kind", FALSE},       [COL_ELECTION] = {"election", FALSE},
	[COL_BENCH] = {"bench", FALSE},     [COL_PREVIOUS] = {"previous", FALSE},
};

static gboolean fail_cell(const Table *t, int row, int col, GError **err,
                          const char *what)
{
	const TableCell *c = table_cell(t, row, col);
	int line = c ? c->line : table_row_line(t, row);
	return diag_at(err, table_path(t), line, c ? c->col : 0, "%s", what);
}

static gboolean parse_seats(const Table *t, int row, int *out, GError **err)
{
	const char *text = table_field(t, row, COL_SEATS);
	char *s = g_strstrip(g_strdup(text ? text : ""));
	gboolean ok = *s != '\0' && strspn(s, "0123456789") == strlen(s);
	long v = 0;
	if (ok) {
		errno = 0;
		v = strtol(s, NULL, 10);
		if (errno || v > PARL_MAX_SEATS) {
			char *m = g_strdup_printf("seats \"%s\": more than %d seats; expected "
			                          "at most %d", s, PARL_MAX_SEATS, PARL_MAX_SEATS);
			fail_cell(t, row, COL_SEATS, err, m);
			g_free(m);
			g_free(s);
			return FALSE;
		}
	}
	if (!ok) {
		char *m = *s ? g_strdup_printf("seats \"%s\": expected a whole number of "
		                               "seats, 0 or more", s)
		             : g_strdup("seats is empty: expected a whole number of seats, "
		                        "0 or more");
		fail_cell(t, row, COL_SEATS, err, m);
		g_free(m);
		g_free(s);
		return FALSE;
	}
	g_free(s);
	*out = (int)v;
	return TRUE;
}

/* One word of a closed list, case-insensitive; an empty cell gives dflt. */
typedef struct Keyword { const char *name; int value; } Keyword;

static gboolean parse_keyword(const Table *t, int row, int col, const Keyword *words,
                              size_t nwords, int dflt, int *out, const char *what,
                              const char *expected, GError **err)
{
	char *s = table_text(t, row, col);
	*out = dflt;
	for (size_t i = 0; s && i < nwords; i++) {
		if (!g_ascii_strcasecmp(s, words[i].name)) {
			*out = words[i].value;
			g_free(s);
			return TRUE;
		}
	}
	if (!s)
		return TRUE;
	char *m = g_strdup_printf("%s \"%s\": expected %s", what, s, expected);
	fail_cell(t, row, col, err, m);
	g_free(m);
	g_free(s);
	return FALSE;
}

static gboolean parse_kind(const Table *t, int row, ParlKind *out, GError **err)
{
	static const Keyword kinds[] = {
		{"party", PARL_PARTY}, {"appointed", PARL_APPOINTED},
		{"independent", PARL_INDEPENDENT}, {"vacant", PARL_VACANT},
	};
	int v;
	gboolean ok = parse_keyword(t, row, COL_KIND, kinds, G_N_ELEMENTS(kinds),
	                            PARL_PARTY, &v, "kind",
	                            "party, appointed, independent or vacant", err);
	*out = (ParlKind)v;
	return ok;
}

static gboolean parse_bench(const Table *t, int row, ParlBench *out, GError **err)
{
	static const Keyword benches[] = {
		{"government", PARL_GOVERNMENT}, {"opposition", PARL_OPPOSITION},
		{"cross", PARL_CROSS}, {"crossbench", PARL_CROSS},
		{"speaker", PARL_SPEAKER},
	};
	int v;
	gboolean ok = parse_keyword(t, row, COL_BENCH, benches, G_N_ELEMENTS(benches),
	                            PARL_BENCH_AUTO, &v, "bench",
	                            "government, opposition, cross or speaker", err);
	*out = (ParlBench)v;
	return ok;
}

void parl_party_clear(ParlParty *p)
{
	g_free(p->name);
	g_free(p->short_name);
	g_free(p->previous);
	for (int i = 0; i < p->ngathered; i++)
		parl_party_clear(&p->gathered[i]);
	g_free(p->gathered);
}

void parl_set_free(ParlSet *set)
{
	if (!set)
		return;
	for (int i = 0; i < set->n; i++) {
		Parliament *h = &set->houses[i];
		for (int j = 0; j < h->nparties; j++)
			parl_party_clear(&h->parties[j]);
		g_free(h->parties);
		g_free(h->election);
	}
	for (int i = 0; i < set->nlineages; i++) {
		g_free(set->lineages[i].name);
		g_free(set->lineages[i].formerly);
	}
	g_free(set->lineages);
	g_strfreev(set->warnings);
	g_free(set->houses);
	g_free(set->path);
	g_free(set);
}

/* A name as drawn: line breaks and tabs become single spaces (a wrapped
 * cell is one name). Other control characters cannot be drawn: FALSE, with
 * the first one in *bad. */
static gboolean clean_name(char *s, gunichar *bad)
{
	char *w = s;
	gboolean space = FALSE;
	for (const char *r = s; *r; r++) {
		unsigned char c = (unsigned char)*r;
		if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
			if (!space && w != s)
				*w++ = ' ';
			space = TRUE;
			continue;
		}
		if (c < 0x20 || c == 0x7f) {
			*bad = c;
			return FALSE;
		}
		*w++ = *r;
		space = FALSE;
	}
	while (w > s && w[-1] == ' ')
		w--;
	*w = '\0';
	return TRUE;
}

static gboolean check_name(const Table *t, int row, int col, const char *what, char *s,
                           TextMeasurer *tm, GError **err)
{
	gunichar bad = 0;
	if (!s)
		return TRUE;
	if (clean_name(s, &bad)) {
		/* The cell as written (white space needs no glyph), so the message
		 * can point at the character itself. */
		const char *raw = table_field(t, row, col);
		gunichar missing = tm ? tm->missing_glyph(tm, raw) : 0;
		if (!missing)
			return TRUE;
		int line, c;
		table_locate(t, row, col, (gsize)(g_utf8_strchr(raw, -1, missing) - raw),
		             &line, &c);
		return diag_glyphs(err, tm, s, table_path(t), line, c, what);
	}
	char *m = g_strdup_printf("%s contains the control character U+%04X: expected "
	                          "printable text", what, bad);
	fail_cell(t, row, col, err, m);
	g_free(m);
	return FALSE;
}

/* Reads one data row into p; FALSE with *err on bad cells. */
static gboolean read_party(const Table *t, int row, TextMeasurer *tm, ParlParty *p,
                           GError **err)
{
	memset(p, 0, sizeof *p);
	p->ref = row;
	p->line = table_row_line(t, row);
	p->name = table_text(t, row, COL_PARTY);
	if (!p->name)
		return fail_cell(t, row, COL_PARTY, err, "party is empty: expected the "
		                 "name of the party or group");
	if (!check_name(t, row, COL_PARTY, "party", p->name, tm, err))
		return FALSE;
	if (!parse_seats(t, row, &p->seats, err))
		return FALSE;
	char *col = table_text(t, row, COL_COLOR);
	if (table_has(t, COL_COLOR))
		p->color_col = table_cell(t, row, COL_COLOR)->col;
	if (col) {
		p->given_color = color_parse(col, &p->color);
		if (!p->given_color) {
			char *why = color_expected(col);
			char *m = g_strdup_printf("color \"%s\": %s", col, why);
			fail_cell(t, row, COL_COLOR, err, m);
			g_free(m);
			g_free(why);
			g_free(col);
			return FALSE;
		}
		g_free(col);
	}
	p->short_name = table_text(t, row, COL_SHORT);
	if (!check_name(t, row, COL_SHORT, "short", p->short_name, tm, err))
		return FALSE;
	p->previous = table_text(t, row, COL_PREVIOUS);
	if (p->previous)
		p->previous_col = table_cell(t, row, COL_PREVIOUS)->col;
	/* Not drawn, but compared with names as they are drawn. */
	if (!check_name(t, row, COL_PREVIOUS, "previous", p->previous, NULL, err))
		return FALSE;
	return parse_kind(t, row, &p->kind, err) && parse_bench(t, row, &p->bench, err);
}

/* The compositions being read: one house per election, in the order they
 * first appear. */
typedef struct Loader {
	const Table *t;
	const char *path;
	TextMeasurer *tm;       /* NULL: names are not checked against the fonts */
	GArray *houses;         /* of Parliament; parties and totals come last */
	GPtrArray *lists;       /* per house, a GArray of its ParlParty */
	GArray *first_rows;     /* per house, its first data row */
	GHashTable *house_of;   /* election ("" for none) -> house index + 1 */
	GHashTable *seen;       /* "house\x1fparty" -> the line it is first on */
} Loader;

static void loader_init(Loader *L, const Table *t, const char *path, TextMeasurer *tm)
{
	*L = (Loader){.t = t, .path = path, .tm = tm};
	L->houses = g_array_new(FALSE, TRUE, sizeof(Parliament));
	L->lists = g_ptr_array_new();
	L->first_rows = g_array_new(FALSE, FALSE, sizeof(int));
	/* Hash look-ups: a file of many thousand rows stays linear. */
	L->house_of = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	L->seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
}

/* Frees what the loader keeps for itself (the houses are the caller's). */
static void loader_clear(Loader *L)
{
	g_ptr_array_free(L->lists, TRUE);
	g_array_free(L->first_rows, TRUE);
	g_hash_table_destroy(L->house_of);
	g_hash_table_destroy(L->seen);
}

/* The row's election into *out (NULL when the file has no election column;
 * else owned by the caller). FALSE with *err when it is empty or bad. */
static gboolean read_election(const Loader *L, int row, char **out, GError **err)
{
	*out = NULL;
	if (!table_has(L->t, COL_ELECTION))
		return TRUE;
	char *election = table_text(L->t, row, COL_ELECTION);
	if (election && !check_name(L->t, row, COL_ELECTION, "election", election, L->tm, err)) {
		g_free(election);
		return FALSE;
	}
	if (!election)
		return fail_cell(L->t, row, COL_ELECTION, err, "election is empty: expected a "
		                 "name or year on every row, since the file has an election "
		                 "column");
	*out = election;
	return TRUE;
}

/* The index of election's house, taking election; a new house at its first
 * row. */
static guint house_for(Loader *L, char *election, int row)
{
	gpointer hv = g_hash_table_lookup(L->house_of, election ? election : "");
	guint h = hv ? (guint)GPOINTER_TO_INT(hv) - 1 : L->houses->len;
	if (h < L->houses->len) {
		g_free(election);
		return h;
	}
	Parliament nh = {.election = election};
	g_array_append_val(L->houses, nh);
	g_ptr_array_add(L->lists, g_array_new(FALSE, FALSE, sizeof(ParlParty)));
	g_array_append_val(L->first_rows, row);
	g_hash_table_insert(L->house_of, g_strdup(election ? election : ""),
	                    GINT_TO_POINTER(L->houses->len));
	return h;
}

/* FALSE with *err when party p of row already sits in house h. */
static gboolean check_once(Loader *L, guint h, const ParlParty *p, int row, GError **err)
{
	char *key = g_strdup_printf("%u\x1f%s", h, p->name);
	gpointer first_line = g_hash_table_lookup(L->seen, key);
	if (!first_line) {
		g_hash_table_insert(L->seen, key, GINT_TO_POINTER(p->line));
		return TRUE;
	}
	g_free(key);
	const char *e = g_array_index(L->houses, Parliament, h).election;
	int q_line = GPOINTER_TO_INT(first_line);
	char *m = e ? g_strdup_printf("party \"%s\" appears twice in election \"%s\" "
	                              "(first on line %d); expected each party once per "
	                              "election", p->name, e, q_line)
	            : g_strdup_printf("party \"%s\" appears twice (first on line %d); "
	                              "expected each party once", p->name, q_line);
	fail_cell(L->t, row, COL_PARTY, err, m);
	g_free(m);
	return FALSE;
}

/* Reads every data row into its house; FALSE at the first bad one. */
/* The limits of a file (limit.h), row by row, before anything is laid out:
 * a new election beyond LIMIT_ELECTIONS, and the seats of all elections
 * beyond LIMIT_SEATS_ALL, each at the cell that crosses it. */
static gboolean within_limits(const Loader *L, int row, const char *election,
                              long seats_all, GError **err)
{
	char *m = NULL;
	int col = COL_SEATS;
	if (election && L->houses->len == LIMIT_ELECTIONS &&
	    !g_hash_table_contains(L->house_of, election)) {
		m = g_strdup_printf("election \"%s\": more than %d elections in one file; "
		                    "expected at most %d (split the file)", election,
		                    LIMIT_ELECTIONS, LIMIT_ELECTIONS);
		col = COL_ELECTION;
	} else if (seats_all > LIMIT_SEATS_ALL) {
		m = g_strdup_printf("the seats of all elections come to %ld here, more than "
		                    "the %d a file may hold; split the file", seats_all,
		                    LIMIT_SEATS_ALL);
	}
	if (m) {
		fail_cell(L->t, row, col, err, m);
		g_free(m);
	}
	return m == NULL;
}

static gboolean read_rows(Loader *L, GError **err)
{
	int rows = table_rows(L->t);
	long seats_all = 0;
	for (int row = 0; row < rows; row++) {
		ParlParty p;
		char *election = NULL;
		if (!read_party(L->t, row, L->tm, &p, err) ||
		    !read_election(L, row, &election, err) ||
		    !within_limits(L, row, election, seats_all += p.seats, err)) {
			parl_party_clear(&p);
			g_free(election);
			return FALSE;
		}
		guint h = house_for(L, election, row);
		if (!check_once(L, h, &p, row, err)) {
			parl_party_clear(&p);
			return FALSE;
		}
		GArray *list = g_ptr_array_index(L->lists, h);
		g_array_append_val(list, p);
	}
	return TRUE;
}

/* Moves each house's parties into it and sums its seats. With ok, FALSE
 * with *err for the first house of no seats or too many, at the seats of
 * its first row. */
static gboolean finish_houses(Loader *L, gboolean ok, GError **err)
{
	for (guint h = 0; h < L->houses->len; h++) {
		Parliament *ph = &g_array_index(L->houses, Parliament, h);
		GArray *list = g_ptr_array_index(L->lists, h);
		ph->nparties = (int)list->len;
		ph->parties = (ParlParty *)g_array_free(list, FALSE);
		long total = 0;
		for (int k = 0; k < ph->nparties; k++)
			total += ph->parties[k].seats;
		ph->total = (int)MIN(total, (long)G_MAXINT);
		if (!ok)
			continue;
		int row = g_array_index(L->first_rows, int, h);
		const TableCell *c = table_cell(L->t, row, COL_SEATS);
		char *where = ph->election ? g_strdup_printf(" of election \"%s\"", ph->election)
		                           : g_strdup("");
		if (total == 0)
			ok = diag_at(err, L->path, c->line, c->col, "the seats%s add up to 0: "
			             "expected at least one seat in all", where);
		else if (total > PARL_MAX_SEATS)
			ok = diag_at(err, L->path, c->line, c->col, "the seats%s add up to %ld: "
			             "expected at most %d in all", where, total, PARL_MAX_SEATS);
		g_free(where);
	}
	return ok;
}

ParlSet *parl_load(const char *path, TextMeasurer *tm, GError **err)
{
	Table *t = table_read(path, columns, NCOLS, err);
	if (!t)
		return NULL;
	Loader L;
	loader_init(&L, t, table_path(t), tm);
	gboolean ok = finish_houses(&L, read_rows(&L, err), err);
	ParlSet *set = g_new0(ParlSet, 1);
	set->path = g_strdup(table_path(t));
	set->n = (int)L.houses->len;
	set->houses = (Parliament *)g_array_free(L.houses, FALSE);
	loader_clear(&L);
	table_free(t);
	if (!ok || !seatseries_link(set, err)) {
		parl_set_free(set);
		return NULL;
	}
	seatcolor_assign(set);
	return set;
}

gboolean parl_threshold_parse(const char *spec, ParlThreshold *out, GError **err)
{
	memset(out, 0, sizeof *out);
	const char *s = spec;
	char *end = NULL;
	gboolean ok = FALSE;
	if (strchr(s, '/')) {
		char **parts = g_strsplit(s, "/", 2);
		guint64 a = 0, b = 0;
		ok = g_ascii_string_to_unsigned(parts[0], 10, 1, 1000000, &a, NULL) &&
		     g_ascii_string_to_unsigned(parts[1], 10, 1, 1000000, &b, NULL) && a <= b;
		if (ok)
			out->ratio = (double)a / (double)b;
		g_strfreev(parts);
	} else if (g_str_has_suffix(s, "%")) {
		double v = g_ascii_strtod(s, &end);
		ok = end != s && end && *end == '%' && end[1] == '\0' && v > 0 && v <= 100 &&
		     strspn(s, "0123456789.") == strlen(s) - 1;
		if (ok)
			out->ratio = v / 100;
	} else if (strchr(s, '.')) {
		double v = g_ascii_strtod(s, &end);
		ok = end != s && *end == '\0' && v > 0 && v <= 1 &&
		     strspn(s, "0123456789.") == strlen(s);
		if (ok)
			out->ratio = v;
	} else {
		guint64 v = 0;
		ok = g_ascii_string_to_unsigned(s, 10, 1, PARL_MAX_SEATS, &v, NULL);
		if (ok)
			out->count = (int)v;
	}
	if (!ok) {
		/* Well formed but out of range: say which range. */
		char *why = NULL;
		if (*s && strspn(s, "0123456789") == strlen(s))
			why = g_strdup_printf("; a number of seats is 1 to %d", PARL_MAX_SEATS);
		else if (*s && strspn(s, "0123456789./%") == strlen(s) && s[strlen(s) - 1] != '/' &&
		         strchr(s, '/') == strrchr(s, '/') && (!strchr(s, '%') || strchr(s, '%') == s + strlen(s) - 1))
			why = g_strdup("; a share is above 0 and at most 1 (100%)");
		diag_fail(err, DIAG_USAGE, "--threshold %s: expected a share such as 2/3, 60%% "
		          "or 0.6, or a number of seats such as 72%s", spec, why ? why : "");
		g_free(why);
		return FALSE;
	}
	out->spec = g_strdup(spec);
	return TRUE;
}

void parl_threshold_clear(ParlThreshold *t)
{
	g_free(t->spec);
	t->spec = NULL;
}

int *parl_seat_counts(const Parliament *h)
{
	int *c = g_new(int, MAX(h->nparties, 1));
	for (int i = 0; i < h->nparties; i++)
		c[i] = h->parties[i].seats;
	return c;
}

int parl_majority(int total)
{
	return total / 2 + 1;
}

int parl_threshold_seats(const ParlThreshold *t, int total)
{
	if (t->ratio <= 0)
		return t->count;
	/* Exactly a half means a majority: more than half the seats. */
	if (fabs(t->ratio - 0.5) < 1e-12)
		return parl_majority(total);
	/* Integer arithmetic where the share is a simple fraction avoids
	 * 2/3 * 3 = 1.9999. */
	double need = t->ratio * total;
	int seats = (int)ceil(need - 1e-9);
	return seats < 1 ? 1 : seats;
}

char *parl_percent_text(Lang l, int seats, int total)
{
	/* One decimal, rounded half up, in integer arithmetic. */
	long tenths = ((long)seats * 2000 + total) / (2L * total);
	return lang_percent(l, (double)tenths / 10, 1);
}

char *parl_share_text(Lang l, int seats, int total)
{
	char *pct = parl_percent_text(l, seats, total);
	char *n = lang_integer(l, seats);
	char *s = g_strdup_printf("%s (%s)", n, pct);
	g_free(pct);
	g_free(n);
	return s;
}

char *parl_change_text(Lang l, int delta)
{
	char *n = lang_integer(l, delta);
	if (delta <= 0)
		return n;
	char *s = g_strconcat("+", n, NULL);
	g_free(n);
	return s;
}

/* seats: loads and checks parliament compositions; see seats.h. Every data
 * error names the cell, so a report writer can fix the CSV. */
#include "seats.h"
#include "diag.h"
#include "table.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { COL_PARTY, COL_SEATS, COL_COLOR, COL_SHORT, COL_KIND, COL_ELECTION,
       COL_BENCH, NCOLS };

static const TableColumn columns[NCOLS] = {
	[COL_PARTY] = {"party", TRUE},      [COL_SEATS] = {"seats", TRUE},
	[COL_COLOR] = {"color", FALSE},     [COL_SHORT] = {"short", FALSE},
	[COL_KIND] = {"kind", FALSE},       [COL_ELECTION] = {"election", FALSE},
	[COL_BENCH] = {"bench", FALSE},
};

/* Seats drawn for groups that are not parties: neutral, so party colours
 * keep their meaning. Appointed seats are also hatched, vacant ones hollow. */
#define PARL_APPOINTED_COLOR 0x8C8C8C
#define PARL_INDEPENDENT_COLOR 0xB3B3B3
#define PARL_VACANT_COLOR 0xA6A6A6
/* The palette's own grey reads as "not a party": parties skip it. */
#define PARL_PALETTE_GREY 0x666666

static gboolean fail_cell(const Table *t, int row, int col, GError **err,
                          const char *what)
{
	const TableCell *c = table_cell(t, row, col);
	int line = c ? c->line : table_row_line(t, row);
	return diag_at(err, table_path(t), line, c ? c->col : 0, "%s", what);
}

static gboolean parse_seats(const Table *t, int row, int *out, GError **err)
{
	const TableCell *c = table_cell(t, row, COL_SEATS);
	char *s = g_strstrip(g_strdup(c->text ? c->text : ""));
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

static void party_clear(ParlParty *p)
{
	g_free(p->name);
	g_free(p->short_name);
}

void parl_set_free(ParlSet *set)
{
	if (!set)
		return;
	for (int i = 0; i < set->n; i++) {
		Parliament *h = &set->houses[i];
		for (int j = 0; j < h->nparties; j++)
			party_clear(&h->parties[j]);
		g_free(h->parties);
		g_free(h->election);
	}
	g_free(set->houses);
	g_free(set->path);
	g_free(set);
}

static gboolean same_color(Color a, Color b)
{
	return fabs(a.r - b.r) < 1e-6 && fabs(a.g - b.g) < 1e-6 && fabs(a.b - b.b) < 1e-6;
}

/* Whether two colours would be taken for one another: a weighted RGB
 * distance (the eye is most sensitive to green), coarse but enough to keep
 * a default colour off a party's given one. */
static gboolean close_color(Color a, Color b)
{
	double dr = a.r - b.r, dg = a.g - b.g, db = a.b - b.b;
	return 2 * dr * dr + 4 * dg * dg + 3 * db * db < 0.12;
}

/* The i-th default colour: the palette, then its colours lightened, so a
 * chamber of up to twice the palette's size needs no colour twice. */
static Color default_color(int i)
{
	int n = color_palette_size();
	i %= 2 * n;
	return i < n ? color_palette(i) : color_tint(color_palette(i - n), 0.55);
}

typedef struct Need {
	const char *name;
	int weight;      /* most seats in any election */
	int order;       /* first appearance */
} Need;

static int need_cmp(const void *pa, const void *pb)
{
	const Need *a = pa, *b = pb;
	if (a->weight != b->weight)
		return a->weight > b->weight ? -1 : 1;
	return a->order - b->order;
}

/* Colours: a party keeps one colour in every election (by name); given
 * colours win. The others are handed out biggest party first, so the large
 * blocks get the strong colours: a colour no party of its houses has, else
 * one its neighbours do not have. Groups that are not parties get greys.
 * Per house a bit set of the default colours in use keeps this linear. */
static void assign_colors(ParlSet *set)
{
	GHashTable *by_name = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, g_free);
	/* name -> GArray of (house, index) pairs where it sits */
	GHashTable *where = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
	                                          (GDestroyNotify)g_array_unref);
	GArray *needs = g_array_new(FALSE, FALSE, sizeof(Need));
	int size = 2 * color_palette_size();
	guint32 *mask = g_new0(guint32, MAX(set->n, 1));   /* close to a colour in use */
	guint32 *exact = g_new0(guint32, MAX(set->n, 1));  /* in use itself */
	/* The elections of a file share one legend, so first try a colour
	 * unlike any in the whole chart: two parties never share a swatch. */
	guint32 chart = 0;
	Color grey = color_rgb(PARL_PALETTE_GREY);
	for (int i = 0; i < set->n; i++)
		for (int j = 0; j < set->houses[i].nparties; j++) {
			ParlParty *p = &set->houses[i].parties[j];
			if (p->given_color && !g_hash_table_contains(by_name, p->name))
				g_hash_table_insert(by_name, p->name, g_memdup2(&p->color, sizeof(Color)));
			if (p->given_color)
				for (int k = 0; k < size; k++) {
					if (close_color(p->color, default_color(k)))
						mask[i] |= 1u << k, chart |= 1u << k;
					if (same_color(p->color, default_color(k)))
						exact[i] |= 1u << k;
				}
		}
	for (int i = 0; i < set->n; i++)
		for (int j = 0; j < set->houses[i].nparties; j++) {
			ParlParty *p = &set->houses[i].parties[j];
			if (g_hash_table_contains(by_name, p->name) || p->kind != PARL_PARTY)
				continue;
			GArray *at = g_hash_table_lookup(where, p->name);
			if (!at) {
				at = g_array_new(FALSE, FALSE, sizeof(int));
				g_hash_table_insert(where, p->name, at);
				Need nd = {p->name, 0, (int)needs->len};
				g_array_append_val(needs, nd);
			}
			int pair[2] = {i, j};
			g_array_append_vals(at, pair, 2);
		}
	for (guint n = 0; n < needs->len; n++) {
		Need *nd = &g_array_index(needs, Need, n);
		GArray *at = g_hash_table_lookup(where, nd->name);
		for (guint q = 0; q < at->len; q += 2) {
			int i = g_array_index(at, int, q), j = g_array_index(at, int, q + 1);
			nd->weight = MAX(nd->weight, set->houses[i].parties[j].seats);
		}
	}
	if (needs->len > 1)
		qsort(needs->data, needs->len, sizeof(Need), need_cmp);
	for (guint n = 0; n < needs->len; n++) {
		const Need *nd = &g_array_index(needs, Need, n);
		GArray *at = g_hash_table_lookup(where, nd->name);
		int pick = -1;
		/* Pass 0: unlike every colour of the chart; 1: of its houses; 2: at
		 * least not the same; 3: at least unlike its neighbours. */
		for (int pass = 0; pass < 4 && pick < 0; pass++)
			for (int k = 0; k < size && pick < 0; k++) {
				Color d = default_color(k);
				if (same_color(color_palette(k % color_palette_size()), grey))
					continue;
				gboolean taken = FALSE;
				for (guint q = 0; q < at->len && !taken; q += 2) {
					int i = g_array_index(at, int, q), j = g_array_index(at, int, q + 1);
					const Parliament *h = &set->houses[i];
					if (pass < 3) {
						guint32 used = pass == 0 ? chart : pass == 1 ? mask[i] : exact[i];
						taken = (used >> k) & 1;
						continue;
					}
					for (int nb = j - 1; nb <= j + 1 && !taken; nb += 2) {
						if (nb < 0 || nb >= h->nparties)
							continue;
						const Color *o = g_hash_table_lookup(by_name, h->parties[nb].name);
						taken = o && close_color(*o, d);
					}
				}
				if (!taken)
					pick = k;
			}
		if (pick < 0)
			pick = (int)(n % (guint)size);
		Color c = default_color(pick);
		g_hash_table_insert(by_name, (gpointer)nd->name, g_memdup2(&c, sizeof(Color)));
		/* Block the colour and any default colour close to it. */
		guint32 bits = 0;
		for (int k = 0; k < size; k++)
			if (close_color(c, default_color(k)))
				bits |= 1u << k;
		chart |= bits;
		for (guint q = 0; q < at->len; q += 2) {
			mask[g_array_index(at, int, q)] |= bits;
			exact[g_array_index(at, int, q)] |= 1u << pick;
		}
	}
	for (int i = 0; i < set->n; i++)
		for (int j = 0; j < set->houses[i].nparties; j++) {
			ParlParty *p = &set->houses[i].parties[j];
			const Color *known = g_hash_table_lookup(by_name, p->name);
			p->color = known ? *known
			         : color_rgb(p->kind == PARL_APPOINTED ? PARL_APPOINTED_COLOR
			                     : p->kind == PARL_VACANT  ? PARL_VACANT_COLOR
			                                               : PARL_INDEPENDENT_COLOR);
		}
	g_free(mask);
	g_free(exact);
	g_array_free(needs, TRUE);
	g_hash_table_destroy(where);
	g_hash_table_destroy(by_name);
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
		const TableCell *c = table_cell(t, row, col);
		return !tm || diag_glyphs(err, tm, s, table_path(t), c->line, c->col, what);
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
	if (col) {
		p->given_color = color_parse(col, &p->color);
		if (!p->given_color) {
			char *m = g_strdup_printf("color \"%s\": expected #rgb or #rrggbb, "
			                          "e.g. #1f77b4", col);
			fail_cell(t, row, COL_COLOR, err, m);
			g_free(m);
			g_free(col);
			return FALSE;
		}
		g_free(col);
	}
	p->short_name = table_text(t, row, COL_SHORT);
	if (!check_name(t, row, COL_SHORT, "short", p->short_name, tm, err))
		return FALSE;
	return parse_kind(t, row, &p->kind, err) && parse_bench(t, row, &p->bench, err);
}

ParlSet *parl_load(const char *path, TextMeasurer *tm, GError **err)
{
	Table *t = table_read(path, columns, NCOLS, err);
	if (!t)
		return NULL;
	ParlSet *set = g_new0(ParlSet, 1);
	set->path = g_strdup(path);
	GArray *houses = g_array_new(FALSE, TRUE, sizeof(Parliament));
	GPtrArray *lists = g_ptr_array_new();           /* GArray of ParlParty per house */
	GArray *first_rows = g_array_new(FALSE, FALSE, sizeof(int));
	GHashTable *house_of = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	gboolean ok = TRUE;
	int rows = table_rows(t);
	for (int row = 0; row < rows && ok; row++) {
		ParlParty p;
		if (!read_party(t, row, tm, &p, err)) {
			party_clear(&p);
			ok = FALSE;
			break;
		}
		char *election = NULL;
		if (table_has(t, COL_ELECTION)) {
			election = table_text(t, row, COL_ELECTION);
			if (election && !check_name(t, row, COL_ELECTION, "election", election, tm, err)) {
				g_free(election);
				party_clear(&p);
				ok = FALSE;
				break;
			}
			if (!election) {
				party_clear(&p);
				ok = fail_cell(t, row, COL_ELECTION, err, "election is empty: "
				               "expected a name or year on every row, since the "
				               "file has an election column");
				break;
			}
		}
		/* Hash look-ups: a file of many thousand rows stays linear. */
		gpointer hv = g_hash_table_lookup(house_of, election ? election : "");
		guint h = hv ? (guint)GPOINTER_TO_INT(hv) - 1 : houses->len;
		if (h == houses->len) {
			Parliament nh = {.election = election};
			g_array_append_val(houses, nh);
			g_ptr_array_add(lists, g_array_new(FALSE, FALSE, sizeof(ParlParty)));
			g_array_append_val(first_rows, row);
			g_hash_table_insert(house_of, g_strdup(election ? election : ""),
			                    GINT_TO_POINTER(houses->len));
		} else {
			g_free(election);
		}
		GArray *list = g_ptr_array_index(lists, h);
		char *key = g_strdup_printf("%u\x1f%s", h, p.name);
		gpointer first_line = g_hash_table_lookup(seen, key);
		if (first_line) {
			g_free(key);
			const char *e = g_array_index(houses, Parliament, h).election;
			int q_line = GPOINTER_TO_INT(first_line);
			char *m = e ? g_strdup_printf("party \"%s\" appears twice in "
			                              "election \"%s\" (first on line %d); "
			                              "expected each party once per election",
			                              p.name, e, q_line)
			            : g_strdup_printf("party \"%s\" appears twice (first on "
			                              "line %d); expected each party once",
			                              p.name, q_line);
			fail_cell(t, row, COL_PARTY, err, m);
			g_free(m);
			ok = FALSE;
		} else {
			g_hash_table_insert(seen, key, GINT_TO_POINTER(p.line));
		}
		if (!ok) {
			party_clear(&p);
			break;
		}
		g_array_append_val(list, p);
	}
	for (guint h = 0; h < houses->len; h++) {
		Parliament *ph = &g_array_index(houses, Parliament, h);
		GArray *list = g_ptr_array_index(lists, h);
		ph->nparties = (int)list->len;
		ph->parties = (ParlParty *)g_array_free(list, FALSE);
		long total = 0;
		for (int k = 0; k < ph->nparties; k++)
			total += ph->parties[k].seats;
		ph->total = (int)MIN(total, (long)G_MAXINT);
		if (!ok)
			continue;
		int row = g_array_index(first_rows, int, h);
		const TableCell *c = table_cell(t, row, COL_SEATS);
		char *where = ph->election ? g_strdup_printf(" of election \"%s\"", ph->election)
		                           : g_strdup("");
		if (total == 0)
			ok = diag_at(err, path, c->line, c->col, "the seats%s add up to 0: "
			             "expected at least one seat in all", where);
		else if (total > PARL_MAX_SEATS)
			ok = diag_at(err, path, c->line, c->col, "the seats%s add up to %ld: "
			             "expected at most %d in all", where, total, PARL_MAX_SEATS);
		g_free(where);
	}
	set->n = (int)houses->len;
	set->houses = (Parliament *)g_array_free(houses, FALSE);
	g_ptr_array_free(lists, TRUE);
	g_array_free(first_rows, TRUE);
	g_hash_table_destroy(house_of);
	g_hash_table_destroy(seen);
	table_free(t);
	if (!ok) {
		parl_set_free(set);
		return NULL;
	}
	assign_colors(set);
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

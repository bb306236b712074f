/* seatlegend: the key of a seat chart; see seatlegend.h. */
#include "seatlegend.h"
#include "seatmark.h"

#include <string.h>

#define SIZE 8.5             /* legend text */
#define SWATCH 9.0           /* swatch diameter */
#define NAME_GAP 5.0         /* swatch to name */
#define VALUE_GAP 7.0        /* name to "84 (78.5%)" */
#define COL_GAP 16.0         /* between columns of entries */
#define ROW_GAP 4.0          /* between rows */
#define NUM_GAP 12.0         /* before each column of numbers */
#define MIN_WRAP 40.0        /* a name never wraps narrower */

typedef struct Entry {
	const ParlParty *party;  /* borrowed */
	char *name;          /* owned; with its kind when not a party's */
	char *value;         /* owned; "84 (78.5%)", NULL with several houses */
	TextSize name_sz, value_sz;
} Entry;

static void entry_clear(gpointer p)
{
	Entry *e = p;
	g_free(e->name);
	g_free(e->value);
}

static Entry *entry_at(GArray *es, int i)
{
	return &g_array_index(es, Entry, i);
}

static char *legend_name(Lang l, const ParlParty *pp)
{
	const char *tag = pp->kind == PARL_APPOINTED ? lang_word(l, LANG_W_APPOINTED, 1)
	                : pp->kind == PARL_VACANT    ? lang_word(l, LANG_W_VACANT, 1) : NULL;
	/* "Vacant" needs no tag when the name says it already. */
	if (tag && g_ascii_strcasecmp(pp->name, tag) != 0)
		return g_strdup_printf("%s (%s)", pp->name, tag);
	return g_strdup(pp->name);
}

/* Every party with seats once, by its first appearance, measured in ns.
 * Caller frees the array (entries go with it). */
static GArray *collect_entries(const SeatPage *sp, const ParlSet *set, const TextStyle *ns)
{
	Lang l = seatpage_lang(sp);
	GArray *es = g_array_new(FALSE, TRUE, sizeof(Entry));
	g_array_set_clear_func(es, entry_clear);
	GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
	for (int hi = 0; hi < set->n; hi++) {
		const Parliament *h = &set->houses[hi];
		for (int i = 0; i < h->nparties; i++) {
			const ParlParty *pp = &h->parties[i];
			if (pp->seats == 0 || g_hash_table_contains(seen, pp->name))
				continue;
			g_hash_table_add(seen, pp->name);
			Entry e = {.party = pp, .name = legend_name(l, pp)};
			if (set->n == 1)
				e.value = parl_share_text(l, pp->seats, h->total);
			if (e.value)
				e.value_sz = text_measure(seatpage_tm(sp), e.value, ns);
			e.name_sz = text_measure(seatpage_tm(sp), e.name, ns);
			g_array_append_val(es, e);
		}
	}
	g_hash_table_destroy(seen);
	return es;
}

/* One entry's swatch and name, its top-left at (x, y), the name wrapped at
 * wrap (0: not). Returns the name's size. */
static TextSize emit_entry(SeatPage *sp, const Entry *e, double x, double y, double wrap,
                           const TextStyle *ns, double line_h)
{
	seatmark_swatch(seatpage_scene(sp), e->party, x + SWATCH / 2, y + line_h / 2,
	                SWATCH / 2);
	TextStyle st = *ns;
	st.wrap = wrap;
	seatmark_tag(page_text(&sp->pg, "legend", e->name, st, x + SWATCH + NAME_GAP, y,
	                       color_rgb(PAGE_INK)), e->party);
	return text_measure(seatpage_tm(sp), e->name, &st);
}

/* A number right-aligned at x, as a part of e's row. */
static void emit_number(SeatPage *sp, const Entry *e, const char *text, double x, double y,
                        const TextStyle *ns, unsigned ink)
{
	TextSize sz = text_measure(seatpage_tm(sp), text, ns);
	seatmark_tag(page_text(&sp->pg, "legend", text, *ns, x - sz.w, y, color_rgb(ink)),
	             e->party);
}

/* ---- Several houses: a table of seats by election ---- */

/* Seats of party name in house h as a cell: the number, or a dash when it
 * does not stand there. */
static const char *seat_cell(const Parliament *h, const char *name, char buf[32])
{
	for (int i = 0; i < h->nparties; i++)
		if (!strcmp(h->parties[i].name, name)) {
			g_snprintf(buf, 32, "%d", h->parties[i].seats);
			return buf;
		}
	return "\u2013";
}

/* Each election column's width (its head or its widest number); returns
 * the width of them all with their gaps. */
static double table_widths(const SeatPage *sp, const ParlSet *set, GArray *es,
                           const TextStyle *ns, const TextStyle *hs, double *colw)
{
	double numbers = 0;
	char buf[32];
	for (int c = 0; c < set->n; c++) {
		colw[c] = text_measure(seatpage_tm(sp), set->houses[c].election, hs).w;
		for (guint i = 0; i < es->len; i++) {
			const char *t = seat_cell(&set->houses[c], entry_at(es, i)->party->name, buf);
			colw[c] = MAX(colw[c], text_measure(seatpage_tm(sp), t, ns).w);
		}
		numbers += NUM_GAP + colw[c];
	}
	return numbers;
}

/* The table's rows under its head of elections, names wrapped at namew;
 * returns the bottom. */
static double emit_table(SeatPage *sp, const ParlSet *set, GArray *es, double y,
                         double namew, const double *colw)
{
	TextStyle ns = page_style(SIZE, FALSE, FALSE, 0, TEXT_LEFT);
	TextStyle hs = page_style(SIZE, TRUE, FALSE, 0, TEXT_RIGHT);
	TextMeasurer *tm = seatpage_tm(sp);
	double x0 = sp->pg.lo, xnum = x0 + SWATCH + NAME_GAP + namew;
	for (int c = 0; c < set->n; c++) {
		xnum += NUM_GAP + colw[c];
		const char *e = set->houses[c].election;
		TextSize sz = text_measure(tm, e, &hs);
		page_text(&sp->pg, "legend", e, hs, xnum - sz.w, y, color_rgb(PAGE_MUTED));
	}
	y += text_measure(tm, "Ag", &hs).h + ROW_GAP;
	double line_h = text_measure(tm, "Ag", &ns).h;
	char buf[32];
	for (guint i = 0; i < es->len; i++) {
		const Entry *en = entry_at(es, i);
		double wrap = en->name_sz.w > namew + 0.01 ? namew : 0;
		TextSize nsz = emit_entry(sp, en, x0, y, wrap, &ns, line_h);
		double xn = x0 + SWATCH + NAME_GAP + namew;
		for (int c = 0; c < set->n; c++) {
			xn += NUM_GAP + colw[c];
			const char *t = seat_cell(&set->houses[c], en->party->name, buf);
			emit_number(sp, en, t, xn, y, &ns, t == buf ? PAGE_INK : PAGE_MUTED);
		}
		y += MAX(nsz.h, line_h) + ROW_GAP;
	}
	return y - ROW_GAP;
}

/* With several compositions the legend is a table: one row per party, one
 * column of seats per election, numbers aligned on the right, close to the
 * names. Returns its bottom, or -1 when the columns do not leave the names
 * enough room (the caller then lists names alone). */
static double legend_table(SeatPage *sp, const ParlSet *set, GArray *es, double y)
{
	double avail = sp->pg.hi - sp->pg.lo;
	TextStyle ns = page_style(SIZE, FALSE, FALSE, 0, TEXT_LEFT);
	TextStyle hs = page_style(SIZE, TRUE, FALSE, 0, TEXT_RIGHT);
	/* Each election column needs room for a number; give up early (before
	 * measuring thousands of cells) when they cannot leave room for names. */
	if (set->n * 24.0 > avail - 90)
		return -1;
	double *colw = g_new0(double, set->n);
	double numbers = table_widths(sp, set, es, &ns, &hs, colw);
	double namew = 0;
	for (guint i = 0; i < es->len; i++)
		namew = MAX(namew, entry_at(es, i)->name_sz.w);
	double room = avail - numbers - SWATCH - NAME_GAP;
	double bottom = -1;
	if (room >= MIN(namew, 90))
		bottom = emit_table(sp, set, es, y, MIN(namew, room), colw);
	g_free(colw);
	return bottom;
}

/* ---- One house in one column: name, seats and share aligned ---- */

/* Returns the bottom, or -1 if the numbers leave the names too little room. */
static double legend_aligned(SeatPage *sp, const Parliament *h, GArray *es, double y)
{
	int n = (int)es->len;
	TextMeasurer *tm = seatpage_tm(sp);
	TextStyle ns = page_style(SIZE, FALSE, FALSE, 0, TEXT_LEFT);
	double seatw = 0, pctw = 0, namew = 0;
	char **seat_s = g_new0(char *, n + 1), **pct_s = g_new0(char *, n + 1);
	for (int i = 0; i < n; i++) {
		const Entry *e = entry_at(es, i);
		seat_s[i] = g_strdup_printf("%d", e->party->seats);
		pct_s[i] = parl_percent_text(seatpage_lang(sp), e->party->seats, h->total);
		seatw = MAX(seatw, text_measure(tm, seat_s[i], &ns).w);
		pctw = MAX(pctw, text_measure(tm, pct_s[i], &ns).w);
		namew = MAX(namew, e->name_sz.w);
	}
	double room = sp->pg.hi - sp->pg.lo - SWATCH - NAME_GAP - 2 * NUM_GAP - seatw - pctw;
	double bottom = -1;
	if (room >= MIN(namew, 60)) {
		namew = MIN(namew, room);
		double line_h = text_measure(tm, "Ag", &ns).h;
		double xs = sp->pg.lo + SWATCH + NAME_GAP + namew + NUM_GAP + seatw;
		double xp = xs + NUM_GAP + pctw;
		for (int i = 0; i < n; i++) {
			const Entry *e = entry_at(es, i);
			double wrap = e->name_sz.w > namew + 0.01 ? namew : 0;
			TextSize nsz = emit_entry(sp, e, sp->pg.lo, y, wrap, &ns, line_h);
			emit_number(sp, e, seat_s[i], xs, y, &ns, PAGE_INK);
			emit_number(sp, e, pct_s[i], xp, y, &ns, PAGE_MUTED);
			y += MAX(nsz.h, line_h) + ROW_GAP;
		}
		bottom = y - ROW_GAP;
	}
	g_strfreev(seat_s);
	g_strfreev(pct_s);
	return bottom;
}

/* ---- Columns of entries ---- */

/* An entry's width on one line: swatch, name and value. */
static double entry_width(const Entry *e)
{
	return SWATCH + NAME_GAP + e->name_sz.w + (e->value ? VALUE_GAP + e->value_sz.w : 0);
}

/* The most columns whose widths fit in avail (one at least), each as wide
 * as its widest entry; colw[n] gets the widths. Entry i goes to column
 * i % columns. */
static int grid_columns(GArray *es, double avail, double *colw)
{
	int n = (int)es->len;
	for (int c = n; c >= 1; c--) {
		double total = 0;
		for (int j = 0; j < c; j++) {
			colw[j] = 0;
			for (int i = j; i < n; i += c)
				colw[j] = MAX(colw[j], entry_width(entry_at(es, i)));
			total += colw[j] + (j ? COL_GAP : 0);
		}
		if (total <= avail || c == 1)
			return c;
	}
	return 1;
}

/* The room for entry i's name in its column. */
static double name_room(const Entry *e, int cols, const double *colw, int i, double avail)
{
	double vw = e->value ? VALUE_GAP + e->value_sz.w : 0;
	return (cols == 1 ? avail : colw[i % cols]) - SWATCH - NAME_GAP - vw;
}

/* The entries in cols columns, row by row; a name too long for its column
 * wraps (its row grows). Returns the bottom. */
static double emit_grid(SeatPage *sp, GArray *es, int cols, const double *colw, double y)
{
	int n = (int)es->len, rows = (n + cols - 1) / cols;
	double avail = sp->pg.hi - sp->pg.lo;
	TextMeasurer *tm = seatpage_tm(sp);
	TextStyle ns = page_style(SIZE, FALSE, FALSE, 0, TEXT_LEFT);
	double *rowy = g_new0(double, rows + 1), *rowh = g_new0(double, rows + 1);
	/* Heights first (a wrapped name makes its row taller). */
	for (int i = 0; i < n; i++) {
		Entry *e = entry_at(es, i);
		double room = name_room(e, cols, colw, i, avail);
		if (e->name_sz.w > room) {
			TextStyle ws = ns;
			ws.wrap = MAX(room, MIN_WRAP);
			e->name_sz = text_measure(tm, e->name, &ws);
		}
		rowh[i / cols] = MAX(rowh[i / cols], MAX(e->name_sz.h, e->value_sz.h));
	}
	rowy[0] = y;
	for (int r = 1; r <= rows; r++)
		rowy[r] = rowy[r - 1] + rowh[r - 1] + ROW_GAP;
	double line_h = text_measure(tm, "Ag", &ns).h;
	for (int i = 0; i < n; i++) {
		const Entry *e = entry_at(es, i);
		int c = i % cols;
		double cx = sp->pg.lo;
		for (int j = 0; j < c; j++)
			cx += colw[j] + COL_GAP;
		double room = name_room(e, cols, colw, i, avail);
		gboolean wrap = e->name_sz.w > room + 0.01 || e->name_sz.lines > 1;
		emit_entry(sp, e, cx, rowy[i / cols], wrap ? MAX(room, MIN_WRAP) : 0, &ns, line_h);
		if (e->value)
			seatmark_tag(page_text(&sp->pg, "legend", e->value, ns,
			                       cx + SWATCH + NAME_GAP + e->name_sz.w + VALUE_GAP,
			                       rowy[i / cols], color_rgb(PAGE_MUTED)), e->party);
	}
	double bottom = n ? rowy[rows] - ROW_GAP : y;
	g_free(rowy);
	g_free(rowh);
	return bottom;
}

double seatlegend_emit(SeatPage *sp, const ParlSet *set, double y)
{
	TextStyle ns = page_style(SIZE, FALSE, FALSE, 0, TEXT_LEFT);
	GArray *es = collect_entries(sp, set, &ns);
	gboolean multi = set->n > 1;
	double bottom = -1;
	if (multi && es->len > 0)
		bottom = legend_table(sp, set, es, y);
	if (bottom < 0) {
		double *colw = g_new0(double, MAX(es->len, 1));
		int cols = grid_columns(es, sp->pg.hi - sp->pg.lo, colw);
		if (cols == 1 && !multi)
			bottom = legend_aligned(sp, &set->houses[0], es, y);
		if (bottom < 0)
			bottom = emit_grid(sp, es, cols, colw, y);
		g_free(colw);
	}
	g_array_free(es, TRUE);
	return bottom;
}
